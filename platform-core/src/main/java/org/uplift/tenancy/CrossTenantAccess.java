package org.uplift.tenancy;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door to data of several tenants at once, for the named paths the architecture allows
 * (login look-up, platform administration, aggregated benchmarks, shared records).
 * <p>
 * Inside it reads are not filtered by tenant; writes of tenant-owned documents must still name
 * their tenant. Each use states its reason, which is logged.
 */
public final class CrossTenantAccess {

    private static final Logger log = LoggerFactory.getLogger(CrossTenantAccess.class);
    private static final ThreadLocal<String> REASON = new ThreadLocal<>();

    private CrossTenantAccess() {
    }

    public static <T> T call(String reason, Supplier<T> work) {
        String previous = REASON.get();
        REASON.set(reason);
        log.debug("cross-tenant access: {}", reason);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                REASON.remove();
            } else {
                REASON.set(previous);
            }
        }
    }

    public static void run(String reason, Runnable work) {
        call(reason, () -> {
            work.run();
            return null;
        });
    }

    public static boolean isActive() {
        return REASON.get() != null;
    }
}
