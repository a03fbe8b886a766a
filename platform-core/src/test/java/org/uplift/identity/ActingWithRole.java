package org.uplift.identity;

import java.util.function.Supplier;

/** Runs test work as a member with any role in the current tenant: {@link TestActors#as(Role, String, Supplier)}. */
public final class ActingWithRole {

    private ActingWithRole() {
    }

    public static <T> T as(Role role, String userId, Supplier<T> work) {
        return TestActors.as(role, userId, work);
    }

    public static void as(Role role, String userId, Runnable work) {
        TestActors.as(role, userId, work);
    }
}
