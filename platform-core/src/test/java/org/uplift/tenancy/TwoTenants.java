package org.uplift.tenancy;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Two tenants of the same kind with the same kind of data: the shared fixture for isolation tests.
 * Fresh ids per instance keep tests independent on a shared database.
 */
public final class TwoTenants {

    private final String a = "tenant-a-" + UUID.randomUUID();
    private final String b = "tenant-b-" + UUID.randomUUID();

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    public <T> T asA(Supplier<T> work) {
        return TenantContext.callAs(a, work);
    }

    public <T> T asB(Supplier<T> work) {
        return TenantContext.callAs(b, work);
    }

    public void asA(Runnable work) {
        TenantContext.runAs(a, work);
    }

    public void asB(Runnable work) {
        TenantContext.runAs(b, work);
    }
}
