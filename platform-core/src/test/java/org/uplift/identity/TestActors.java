package org.uplift.identity;

import java.util.Set;
import java.util.function.Supplier;

import org.uplift.tenancy.TenantContext;

/**
 * The {@link Actors} of the applications without a UI (platform-core's and workflows' tests), where no
 * request carries a signed-in principal: the actor a test names for a call, else the running
 * {@link SystemWork}. tenant-ui has the real one, from the signed-in principal's live membership.
 */
public final class TestActors implements Actors {

    private static final ThreadLocal<Actor> ACTING = new ThreadLocal<>();

    @Override
    public Actor current() {
        Actor acting = ACTING.get();
        if (acting != null && acting.tenantId().equals(TenantContext.current().orElse(null))) {
            return acting;
        }
        return SystemWork.bound().orElseThrow(NoActorException::new);
    }

    /** Runs {@code work} as an owner with this user id in the current tenant. */
    public static <T> T asOwner(String userId, Supplier<T> work) {
        return as(new Actor(Actor.Kind.MEMBER, userId, TenantContext.require(), Set.of(Role.ENTERPRISE_OWNER)), work);
    }

    /** Runs {@code work} as a (non-owner) member with this user id in the current tenant. */
    public static <T> T asMember(String userId, Supplier<T> work) {
        return as(new Actor(Actor.Kind.MEMBER, userId, TenantContext.require(), Set.of(Role.ENTERPRISE_MEMBER)), work);
    }

    public static void asOwner(String userId, Runnable work) {
        asOwner(userId, () -> {
            work.run();
            return null;
        });
    }

    public static void asMember(String userId, Runnable work) {
        asMember(userId, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as a member with this one role and user id in the current tenant. */
    public static <T> T as(Role role, String userId, Supplier<T> work) {
        return as(new Actor(Actor.Kind.MEMBER, userId, TenantContext.require(), Set.of(role)), work);
    }

    public static void as(Role role, String userId, Runnable work) {
        as(role, userId, () -> {
            work.run();
            return null;
        });
    }

    public static Actor owner(String userId, String tenantId) {
        return new Actor(Actor.Kind.MEMBER, userId, tenantId, Set.of(Role.ENTERPRISE_OWNER));
    }

    public static Actor member(String userId, String tenantId) {
        return new Actor(Actor.Kind.MEMBER, userId, tenantId, Set.of(Role.ENTERPRISE_MEMBER));
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        Actor previous = ACTING.get();
        ACTING.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
        }
    }
}
