package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

/** GET /api/v1/applications/{id}/claim: each party reads its own copy; anyone else gets 404, the platform 403. */
@UpliftTest
class ClaimApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    ApplicationWork work;
    @Autowired
    Accounts accounts;
    @Autowired
    ApiClients apiClients;

    String token(String tenantId, TenantKind kind, Role role) {
        var client = TenantContext.callAs(tenantId, () -> SystemWork.call("test API client",
                () -> apiClients.create("Claim API " + role, Set.of(role), kind)));
        return new ApiHttp(port).token(client.clientId(), client.secret());
    }

    SignInAccount member(String tenant, Role role) {
        String email = "a-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(tenant, () -> accounts.create(email, "成员 " + role, TestSmes.PASSWORD, Set.of(role)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    @Test
    void the_sme_the_provider_and_the_authority_read_the_claim_and_nobody_else_does() {
        ApiHttp http = new ApiHttp(port);
        var f = new ApplicationFixture(context);
        String authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        TestSmes.Sme sme = f.sme();
        Engagement engagement = f.engagement(sme);
        String id = SignedIn.as(sme.owner(), () -> applications.apply(ApplicationFixture.form(engagement, programme)))
                .getApplicationId();
        String smeToken = token(sme.tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_MEMBER);
        String path = "/api/v1/applications/" + id + "/claim";
        assertThat(http.get(path, smeToken).statusCode()).isEqualTo(404); // not accepted yet: no claim

        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(),
                () -> applications.find(id)).orElseThrow().getStatus() == ApplicationStatus.DISTRICT_REVIEW);
        for (Role role : new Role[] {Role.DISTRICT_OFFICER, Role.REVIEWER}) {
            SignedIn.as(member(authority, role), () -> work.decide(work.review(id).orElseThrow().taskId(),
                    ReviewDecision.APPROVE, null, null));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(),
                () -> applications.find(id)).orElseThrow().getStatus() == ApplicationStatus.OFFERED);
        SignedIn.as(sme.owner(), () -> work.acceptOffer(id));
        var kase = ApplicationFixture.asProcess(authority, () -> applications.find(id)).orElseThrow();
        context.publishEvent(new ApplicationAccepted(id, authority, sme.tenantId(), kase.getProviderTenantId(),
                programme, 2, kase.getAmountFen(), Instant.now()));

        var own = http.get(path, smeToken);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(ApiHttp.json(own).get("status").asText()).isEqualTo("AWAITING_CLAIM");
        assertThat(ApiHttp.json(own).get("amountFen").asLong()).isEqualTo(kase.getAmountFen());
        assertThat(http.get(path, token(kase.getProviderTenantId(), TenantKind.PROVIDER, Role.PROVIDER_CONSULTANT))
                .statusCode()).isEqualTo(200);
        assertThat(http.get(path, token(authority, TenantKind.AUTHORITY, Role.REVIEWER)).statusCode()).isEqualTo(200);
        assertThat(http.get(path, token(f.authority(), TenantKind.AUTHORITY, Role.REVIEWER)).statusCode())
                .isEqualTo(404);
        TestSmes.Sme other = f.quotes.sme();
        assertThat(http.get(path, token(other.tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_OWNER))
                .statusCode()).isEqualTo(404);
    }
}
