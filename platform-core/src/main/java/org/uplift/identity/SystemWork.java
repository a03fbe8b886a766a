package org.uplift.identity;

import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uplift.tenancy.TenantContext;

/**
 * Background work that acts with an owner's rights in the current tenant (demo seeding, provisioning,
 * the journey's delegates and jobs), named by a reason that is logged, and recorded as user
 * {@link Actor#SYSTEM}. It is bound to the thread for the call only and wins over a signed-in principal
 * on that thread (a delegate may run inside a user's request); ArchitectureTest keeps the UI and the
 * API away from it, so request code cannot lift itself to owner this way.
 */
public final class SystemWork {

    private static final Logger log = LoggerFactory.getLogger(SystemWork.class);
    private static final ThreadLocal<Actor> BOUND = new ThreadLocal<>();

    private SystemWork() {
    }

    public static <T> T call(String reason, Supplier<T> work) {
        Actor system = Actor.system(TenantContext.require());
        log.info("System work in tenant {}: {}", system.tenantId(), reason);
        Actor previous = BOUND.get();
        BOUND.set(system);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        }
    }

    public static void run(String reason, Runnable work) {
        call(reason, () -> {
            work.run();
            return null;
        });
    }

    /** The system actor of the running system work, if it is for the current tenant. */
    public static Optional<Actor> bound() {
        Actor actor = BOUND.get();
        return actor != null && actor.tenantId().equals(TenantContext.current().orElse(null)) ? Optional.of(actor)
                : Optional.empty();
    }
}
