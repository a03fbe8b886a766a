package org.uplift.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;

@SpringBootTest
class ApiClientsTest {

    @Autowired
    ApiClients clients;
    @Autowired
    PasswordEncoder passwords;

    final String tenant = "tenant-" + UUID.randomUUID();

    @Test
    void the_secret_is_returned_once_and_stored_only_as_a_hash() {
        CreatedApiClient created = TenantContext.callAs(tenant,
                () -> SystemWork.call("test set-up", () -> clients.create("ERP 对接", Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE)));

        ApiClient stored = clients.findActive(created.clientId()).orElseThrow();
        assertThat(stored.getTenantId()).isEqualTo(tenant);
        assertThat(stored.getSecretHash()).doesNotContain(created.secret());
        assertThat(passwords.matches(created.secret(), stored.getSecretHash())).isTrue();
    }

    @Test
    void a_revoked_client_is_no_longer_found_for_authentication() {
        CreatedApiClient created = TenantContext.callAs(tenant,
                () -> SystemWork.call("test set-up", () -> clients.create("MES", Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE)));
        TenantContext.runAs(tenant, () -> SystemWork.run("test set-up", () -> clients.revoke(created.client().getId())));
        assertThat(clients.findActive(created.clientId())).isEmpty();
        assertThat(TenantContext.callAs(tenant, clients::list)).singleElement()
                .satisfies(c -> assertThat(c.isActive()).isFalse());
    }

    @Test
    void roles_must_be_given_and_fit_the_tenant_kind() {
        assertThatThrownBy(() -> TenantContext.callAs(tenant, () -> SystemWork.call("test set-up", () -> clients.create("x", Set.of(), TenantKind.ENTERPRISE))))
                .isInstanceOf(InputRejectedException.class);
        assertThatThrownBy(() -> TenantContext.callAs(tenant,
                () -> SystemWork.call("test set-up", () -> clients.create("x", Set.of(Role.REVIEWER), TenantKind.ENTERPRISE))))
                .isInstanceOf(InputRejectedException.class);
        assertThat(TenantContext.callAs(tenant, clients::list)).isEmpty();
    }
}
