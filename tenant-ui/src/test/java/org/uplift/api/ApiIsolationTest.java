package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.organisation.TestSmes;
import org.uplift.UpliftTest;
import org.uplift.identity.ApiClient;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantIsolationContract;
import org.uplift.tenancy.TenantKind;

/**
 * API clients are confined to their tenant: through the ApiClients service (the shared isolation
 * contract) and over HTTP, where another tenant's token can neither read a profile nor revoke a client.
 */
@UpliftTest
class ApiIsolationTest extends TenantIsolationContract {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClients apiClients;
    @Autowired
    CompanyProfiles profiles;

    @Override
    public String create() {
        return org.uplift.identity.SystemWork.call("isolation contract: a client to attack", () -> apiClients
                .create("Isolation client", Set.of(Role.ENTERPRISE_OWNER), TenantKind.ENTERPRISE).client().getId());
    }

    @Override
    public Optional<?> read(String id) {
        return apiClients.list().stream().filter(client -> client.getId().equals(id)).findFirst();
    }

    @Override
    public List<String> listIds() {
        return apiClients.list().stream().map(ApiClient::getId).toList();
    }

    /** The only change the service offers is revoking. */
    @Override
    public void change(String id) {
        apiClients.revoke(id);
    }

    /** Clients are never deleted, only revoked: the owner's client must stay present (and active, see change). */
    @Override
    public void delete(String id) {
        apiClients.revoke(id);
    }

    @Override
    public Object snapshot(String id) {
        return read(id).map(ApiClient.class::cast)
                .map(c -> c.getClientId() + " " + c.getName() + " " + c.getRoles() + " active=" + c.isActive())
                .orElse(null);
    }

    @Test
    void over_http_another_tenant_can_neither_read_a_profile_nor_revoke_an_api_client() {
        var http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var a = smes.register();
        var b = smes.register();
        var aClient = smes.apiClient(a, Role.ENTERPRISE_OWNER);
        var bClient = smes.apiClient(b, Role.ENTERPRISE_OWNER);
        String aProfileId = TenantContext.callAs(a.tenantId(), () -> org.uplift.identity.SystemWork.call(
                "isolation test: a's profile", () -> profiles.save(
                        new CompanyProfileForm("C34", "330110", 80, new BigDecimal("5200"), "液压阀"))).getId());
        String aToken = http.token(aClient.clientId(), aClient.secret());
        String bToken = http.token(bClient.clientId(), bClient.secret());

        assertThat(http.get("/api/v1/company-profiles/" + aProfileId, aToken).statusCode()).isEqualTo(200);
        var foreignProfile = http.get("/api/v1/company-profiles/" + aProfileId, bToken);
        assertThat(foreignProfile.statusCode()).isEqualTo(404);
        assertThat(foreignProfile.body()).doesNotContain("液压阀");

        var revoke = http.call("DELETE", "/api/v1/api-clients/" + aClient.client().getId(), bToken, null, null);
        assertThat(revoke.statusCode()).isEqualTo(404);
        assertThat(TenantContext.callAs(a.tenantId(), () -> read(aClient.client().getId())))
                .get().extracting(c -> ((ApiClient) c).isActive()).isEqualTo(true);
        assertThat(http.requestToken(aClient.clientId(), aClient.secret()).statusCode()).isEqualTo(200);
        assertThat(ApiHttp.json(http.get("/api/v1/api-clients", bToken)))
                .extracting(c -> c.get("id").asText()).containsExactly(bClient.client().getId());
    }

    @Test
    void over_http_an_owner_revokes_its_own_api_client() {
        var http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var a = smes.register();
        var owner = smes.apiClient(a, Role.ENTERPRISE_OWNER);
        var other = smes.apiClient(a, Role.ENTERPRISE_MEMBER);

        var revoke = http.call("DELETE", "/api/v1/api-clients/" + other.client().getId(),
                http.token(owner.clientId(), owner.secret()), null, null);

        assertThat(revoke.statusCode()).isEqualTo(204);
        assertThat(http.requestToken(other.clientId(), other.secret()).statusCode()).isEqualTo(401);
    }
}
