package org.uplift.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The tenant the current thread works for.
 * <p>
 * Set once per request from the authenticated principal, and explicitly by background work
 * (async listeners, Camunda jobs, Vaadin {@code UI.access}) which never inherits it. Always
 * scoped: {@link #runAs} restores what was there before, so threads from a pool never leak a tenant.
 */
public final class TenantContext {

    static final String MDC_KEY = "tenant";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new MissingTenantException("(any)");
        }
        return tenant;
    }

    public static <T> T callAs(String tenantId, Supplier<T> work) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new IllegalArgumentException("tenantId must not be blank");
        }
        String previous = CURRENT.get();
        set(tenantId);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** Wraps work so that it runs as the tenant that is current now, on whatever thread runs it later. */
    public static Runnable carry(Runnable work) {
        String tenant = CURRENT.get();
        return tenant == null ? work : () -> runAs(tenant, work);
    }

    public static <T> Callable<T> carry(Callable<T> work) {
        String tenant = CURRENT.get();
        if (tenant == null) {
            return work;
        }
        return () -> callAs(tenant, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void set(String tenantId) {
        if (tenantId == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(tenantId);
            MDC.put(MDC_KEY, tenantId);
        }
    }
}
