package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.SignedIn;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.UpliftTest;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.audit.AuditTampering;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit timeline and its verification through real HTTP with client-credentials tokens; the stored chain is
 * tampered with directly in MongoDB between the calls.
 */
@UpliftTest
class ApplicationAuditApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Accounts accounts;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    MongoTemplate mongo;

    ApiHttp http;
    ApplicationFixture f;
    TestSmes.Sme sme;
    String authority;
    Engagement engagement;
    String id;
    String smeToken;
    AuditTampering tampering;

    @BeforeEach
    void anApplicationRecommendedByTheDistrict() {
        http = new ApiHttp(port);
        f = new ApplicationFixture(context);
        authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        engagement = f.engagement(sme);
        id = SignedIn.as(sme.owner(), () -> applications.apply(ApplicationFixture.form(engagement, programme)))
                .getApplicationId();
        // the process's eligibility job records the second record
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(), () -> applications.find(id))
                .orElseThrow().getStatus() == ApplicationStatus.DISTRICT_REVIEW);
        String email = "district-" + UUID.randomUUID() + "@authority.cn";
        TenantContext.runAs(authority, () -> accounts.create(email, "钱科长", TestSmes.PASSWORD,
                Set.of(Role.DISTRICT_OFFICER)));
        SignedIn.as(accounts.findForSignIn(email).orElseThrow(), () -> applications.recommend(id, "推荐"));
        var member = new TestSmes(context).apiClient(sme, Role.ENTERPRISE_MEMBER);
        smeToken = http.token(member.clientId(), member.secret());
        tampering = new AuditTampering(mongo, SubsidyApplications.subject(id));
    }

    String token(String tenantId, TenantKind kind, Role role) {
        var client = TenantContext.callAs(tenantId, () -> SystemWork.call("test API client",
                () -> apiClients.create("Audit reader", Set.of(role), kind)));
        return http.token(client.clientId(), client.secret());
    }

    JsonNode verification(String token) {
        HttpResponse<String> response = http.get("/api/v1/applications/" + id + "/audit/verification", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiHttp.json(response);
    }

    @Test
    void the_applicant_reads_the_timeline_who_when_what_before_after_and_why_without_anyones_email() {
        HttpResponse<String> response = http.get("/api/v1/applications/" + id + "/audit", smeToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode timeline = ApiHttp.json(response);
        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(0).get("sequence").asLong()).isEqualTo(1);
        assertThat(timeline.get(0).get("what").asText()).isEqualTo("APPLIED");
        assertThat(timeline.get(0).get("who").get("party").asText()).isEqualTo("APPLICANT");
        assertThat(timeline.get(0).get("who").get("name").asText()).isEqualTo(sme.owner().displayName());
        assertThat(timeline.get(0).get("after").asText()).isEqualTo("SUBMITTED");
        assertThat(timeline.get(0).get("when").asText()).isNotBlank();
        assertThat(timeline.get(1).get("who").get("kind").asText()).isEqualTo("SYSTEM");
        assertThat(timeline.get(2).get("who").get("party").asText()).isEqualTo("AUTHORITY");
        assertThat(timeline.get(2).get("before").asText()).isEqualTo("DISTRICT_REVIEW");
        assertThat(timeline.get(2).get("after").asText()).isEqualTo("EXPERT_REVIEW");
        assertThat(timeline.get(2).get("reason").asText()).isEqualTo("推荐");
        assertThat(response.body()).doesNotContain(sme.ownerEmail(), "@");
    }

    @Test
    void an_intact_chain_verifies_for_the_applicant_the_authority_and_the_provider() {
        String reviewer = token(authority, TenantKind.AUTHORITY, Role.REVIEWER);
        String provider = token(engagement.getProviderTenantId(), TenantKind.PROVIDER, Role.PROVIDER_CONSULTANT);

        for (String token : List.of(smeToken, reviewer, provider)) {
            JsonNode verification = verification(token);
            assertThat(verification.get("intact").asBoolean()).isTrue();
            assertThat(verification.get("records").asInt()).isEqualTo(3);
            assertThat(verification.get("problem").isNull()).isTrue();
            assertThat(verification.get("atSequence").isNull()).isTrue();
        }
    }

    @Test
    void a_changed_record_is_detected() {
        tampering.change(2, "reason", "forged");

        JsonNode verification = verification(smeToken);
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("problem").asText()).isEqualTo("CHANGED");
        assertThat(verification.get("atSequence").asLong()).isEqualTo(2);
    }

    @Test
    void an_inserted_record_is_detected() {
        tampering.insertAfter(3, "APPROVED_EXPERT");

        JsonNode verification = verification(smeToken);
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("records").asInt()).isEqualTo(4);
        assertThat(verification.get("problem").asText()).isEqualTo("INSERTED");
        assertThat(verification.get("atSequence").asLong()).isEqualTo(4);
    }

    @Test
    void a_deleted_record_is_detected() {
        tampering.delete(2);

        JsonNode verification = verification(smeToken);
        assertThat(verification.get("intact").asBoolean()).isFalse();
        assertThat(verification.get("records").asInt()).isEqualTo(2);
        assertThat(verification.get("problem").asText()).isEqualTo("DELETED");
        assertThat(verification.get("atSequence").asLong()).isEqualTo(2);
    }

    @Test
    void another_party_gets_the_same_not_found_as_for_an_unknown_id() {
        String otherSme = token(f.quotes.sme().tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_OWNER);
        String otherProvider = token(f.quotes.market.admittedProvider().tenantId(), TenantKind.PROVIDER,
                Role.PROVIDER_ADMIN);
        String otherAuthority = token(f.authority(), TenantKind.AUTHORITY, Role.PROGRAMME_MANAGER);
        HttpResponse<String> unknown = http.get("/api/v1/applications/unknown/audit", smeToken);
        assertThat(unknown.statusCode()).isEqualTo(404);

        for (String token : List.of(otherSme, otherProvider, otherAuthority)) {
            for (String path : List.of("/audit", "/audit/verification")) {
                HttpResponse<String> response = http.get("/api/v1/applications/" + id + path, token);
                assertThat(response.statusCode()).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.body()).isEqualTo(unknown.body().replace("/unknown/audit", "/" + id + path));
            }
        }
        assertThat(http.get("/api/v1/applications/" + id + "/audit", null).statusCode()).isEqualTo(401);
    }
}
