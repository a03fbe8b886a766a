package org.uplift.identity;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.function.Supplier;

import org.uplift.tenancy.TenantContext;

/**
 * Runs test work as a member with any role in the current tenant, through {@link TestActors} (which itself
 * offers only the enterprise roles). Kept apart from TestActors, which is shared unchanged with the
 * permissions work; it reaches TestActors' own binding so both kinds of acting nest and restore alike.
 */
public final class ActingWithRole {

    private static final Method AS;

    static {
        try {
            AS = TestActors.class.getDeclaredMethod("as", Actor.class, Supplier.class);
            AS.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ActingWithRole() {
    }

    public static <T> T as(Role role, String userId, Supplier<T> work) {
        Actor actor = new Actor(Actor.Kind.MEMBER, userId, TenantContext.require(), Set.of(role));
        try {
            @SuppressWarnings("unchecked")
            T result = (T) AS.invoke(null, actor, work);
            return result;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void as(Role role, String userId, Runnable work) {
        as(role, userId, () -> {
            work.run();
            return null;
        });
    }
}
