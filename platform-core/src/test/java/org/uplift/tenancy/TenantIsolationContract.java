package org.uplift.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The isolation every tenant-owned feature must prove: extend this and implement a few hooks for one kind of
 * record and the tests show that another tenant can neither read, list, change nor delete it, and
 * that nothing is reachable without a tenant.
 * <p>
 * Hooks run inside the tenant context the test chooses. {@link #change} and {@link #delete} may
 * throw or silently do nothing for a foreign record; either way the owner's record must stay as it was.
 */
public abstract class TenantIsolationContract {

    /** Tenant A owns the record, tenant B tries to reach it. */
    protected final TwoTenants tenants = new TwoTenants();

    protected TwoTenants tenants() {
        return tenants;
    }

    /** Creates one record as the current tenant and returns its id. */
    public abstract String create();

    public abstract Optional<?> read(String id);

    public abstract List<String> listIds();

    public abstract void change(String id);

    public abstract void delete(String id);

    /** What the record looks like, to compare before and after an attempted change. */
    public Object snapshot(String id) {
        return read(id).map(Object::toString).orElse(null);
    }

    @Test
    public void another_tenant_cannot_read_it() {
        String id = tenants().asA(this::create);
        assertThat(tenants().asB(() -> read(id))).isEmpty();
        assertThat(tenants().asA(() -> read(id))).isPresent();
    }

    @Test
    public void another_tenant_cannot_list_it() {
        String mine = tenants().asA(this::create);
        String theirs = tenants().asB(this::create);
        assertThat(tenants().asB(this::listIds)).contains(theirs).doesNotContain(mine);
        assertThat(tenants().asA(this::listIds)).contains(mine).doesNotContain(theirs);
    }

    @Test
    public void another_tenant_cannot_change_it() {
        String id = tenants().asA(this::create);
        Object before = tenants().asA(() -> snapshot(id));
        try {
            tenants().asB(() -> change(id));
        } catch (RuntimeException refused) {
            // refusing is as good as ignoring
        }
        assertThat(tenants().asA(() -> snapshot(id))).isEqualTo(before);
    }

    @Test
    public void another_tenant_cannot_delete_it() {
        String id = tenants().asA(this::create);
        try {
            tenants().asB(() -> delete(id));
        } catch (RuntimeException refused) {
            // refusing is as good as ignoring
        }
        assertThat(tenants().asA(() -> read(id))).isPresent();
    }

    @Test
    public void without_a_tenant_nothing_is_reachable() {
        String id = tenants().asA(this::create);
        assertThatThrownBy(() -> read(id)).isInstanceOf(MissingTenantException.class);
        assertThatThrownBy(this::listIds).isInstanceOf(MissingTenantException.class);
    }
}
