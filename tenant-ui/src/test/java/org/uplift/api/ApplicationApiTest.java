package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.subsidy.AcceptanceWork;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code GET /api/v1/applications/{id}} shows the implementation deadline and the extension of a registered application. */
@UpliftTest
class ApplicationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    ApplicationWork work;
    @Autowired
    AcceptanceWork acceptance;

    @Test
    void a_registered_application_shows_its_implementation_deadline_and_the_extension_asked_for() {
        var f = new ApplicationFixture(context);
        String authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        TestSmes.Sme sme = f.sme();
        var engagement = f.engagement(sme);
        String id = SignedIn.as(sme.owner(), () -> applications.apply(ApplicationFixture.form(engagement, programme)))
                .getApplicationId();
        for (Role role : new Role[] {Role.DISTRICT_OFFICER, Role.REVIEWER}) {
            String email = "a-" + UUID.randomUUID() + "@authority.cn";
            TenantContext.runAs(authority, () -> accounts.create(email, "评审", TestSmes.PASSWORD, Set.of(role)));
            var person = accounts.findForSignIn(email).orElseThrow();
            await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(person, () -> work.review(id)).isPresent());
            SignedIn.as(person, () -> work.decide(work.review(id).orElseThrow().taskId(), ReviewDecision.APPROVE,
                    "同意", null));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(), () -> work.awaitsAcceptance(id)));
        SignedIn.as(sme.owner(), () -> work.acceptOffer(id));
        LocalDate deadline = ApplicationFixture.today().plusMonths(6);
        SignedIn.as(sme.owner(), () -> acceptance.requestExtension(id, deadline.plusMonths(1), "设备到货延迟"));

        ApiHttp http = new ApiHttp(port);
        var client = new TestSmes(context).apiClient(sme, Role.ENTERPRISE_OWNER);
        JsonNode body = ApiHttp.json(http.get("/api/v1/applications/" + id, http.token(client.clientId(),
                client.secret())));

        assertThat(body.path("status").asText()).isEqualTo(ApplicationStatus.REGISTERED.name());
        assertThat(body.path("implementationDeadline").asText()).isEqualTo(deadline.toString());
        assertThat(body.path("extension").path("until").asText()).isEqualTo(deadline.plusMonths(1).toString());
        assertThat(body.path("extension").path("outcome").asText()).isEqualTo("PENDING");
        assertThat(body.path("acceptanceRequest").isNull()).isTrue();
        assertThat(body.path("acceptedAmountFen").isNull()).isTrue();
    }
}
