package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.identity.AccessRevokedException;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.identity.SignInAccount;
import org.uplift.identity.Team;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Roles are read live on every request: a removed member or a demoted owner loses the rights on the next
 * request, whatever their token or session still says; API clients die with their creator's ownership;
 * owners submit and assign sections through the API.
 */
@UpliftTest
class LiveAccessApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    Team team;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentShares shares;

    ApiHttp http;
    TestSmes smes;
    TestSmes.Sme sme;
    String ownerToken;
    String id;

    @BeforeEach
    void anSmeWithADraft() {
        http = new ApiHttp(port);
        smes = new TestSmes(context);
        sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        ownerToken = http.token(client.clientId(), client.secret());
        id = SignedIn.as(sme.owner(), () -> assessments.start()).getId();
    }

    SignInAccount newAccount(Role role) {
        String email = "p-" + UUID.randomUUID() + "@example.cn";
        TenantContext.runAs(sme.tenantId(), () -> accounts.create(email, "张工", "Strong-pass-2024", Set.of(role)));
        return accounts.findForSignIn(email).orElseThrow();
    }

    String path(String rest) {
        return "/api/v1/assessments/" + id + rest;
    }

    @Test
    void only_an_owner_submits_through_the_api_and_only_a_draft() {
        var member = smes.apiClient(sme, Role.ENTERPRISE_MEMBER);
        String memberToken = http.token(member.clientId(), member.secret());

        var refused = http.call("POST", path("/submit"), memberToken, null, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        var submitted = http.call("POST", path("/submit"), ownerToken, null, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(ApiHttp.json(submitted).get("status").asText()).isNotEqualTo("DRAFT");

        var again = http.call("POST", path("/submit"), ownerToken, null, "en");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(ApiHttp.json(again).get("errors").get(0).get("field").asText()).isEqualTo("id");
    }

    @Test
    void an_owner_assigns_a_section_through_the_api_a_member_may_not_and_bad_input_is_named() {
        var member = newAccount(Role.ENTERPRISE_MEMBER);
        var memberClient = smes.apiClient(sme, Role.ENTERPRISE_MEMBER);
        String memberToken = http.token(memberClient.clientId(), memberClient.secret());

        var assigned = http.call("PUT", path("/sections/D1/assignee"), ownerToken, Map.of("userId", member.userId()), null);
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(ApiHttp.json(assigned).at("/sectionAssignees/D1").asText()).isEqualTo(member.userId());

        assertThat(http.call("PUT", path("/sections/D1/assignee"), memberToken, Map.of("userId", member.userId()), null)
                .statusCode()).isEqualTo(403);
        var unknown = http.call("PUT", path("/sections/D99/assignee"), ownerToken, Map.of("userId", member.userId()), null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(unknown).get("errors").get(0).get("field").asText()).isEqualTo("sectionKey");
        var stranger = http.call("PUT", path("/sections/D1/assignee"), ownerToken,
                Map.of("userId", smes.register().owner().userId()), null);
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(stranger).get("errors").get(0).get("field").asText()).isEqualTo("userId");
        assertThat(ApiHttp.json(stranger).get("errors").get(0).get("message").asText()).isEqualTo("此人不是团队成员。");
    }

    @Test
    void another_tenants_assessment_is_not_found_for_submit_and_assign() {
        var other = smes.register();
        var otherClient = smes.apiClient(other, Role.ENTERPRISE_OWNER);
        String otherToken = http.token(otherClient.clientId(), otherClient.secret());

        assertThat(http.call("POST", path("/submit"), otherToken, null, null).statusCode()).isEqualTo(404);
        assertThat(http.call("PUT", path("/sections/D1/assignee"), otherToken, Map.of("userId", "x"), null)
                .statusCode()).isEqualTo(404);
        assertThat(SignedIn.as(sme.owner(), () -> assessments.find(id).orElseThrow()).isDraft()).isTrue();
    }

    @Test
    void the_api_clients_of_an_owner_who_is_demoted_are_revoked_and_their_tokens_refused_on_the_next_request() {
        var first = newAccount(Role.ENTERPRISE_OWNER);
        var created = SignedIn.as(first, () -> apiClients.create("ERP", Set.of(Role.ENTERPRISE_OWNER), TenantKind.ENTERPRISE));
        String token = http.token(created.clientId(), created.secret());
        assertThat(http.get(path(""), token).statusCode()).isEqualTo(200);

        SignedIn.as(sme.owner(), () -> team.changeRoles(first.userId(), Set.of(Role.ENTERPRISE_MEMBER),
                TenantKind.ENTERPRISE));

        var refused = http.call("GET", path(""), token, null, "en");
        assertThat(refused.statusCode()).isEqualTo(401);
        JsonNode problem = ApiHttp.json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asText()).contains("revoked");
        assertThat(SignedIn.as(sme.owner(), () -> apiClients.list()).stream()
                .filter(c -> c.getClientId().equals(created.clientId())).findFirst().orElseThrow().isActive()).isFalse();
    }

    @Test
    void a_revoked_clients_token_cannot_autosave_or_download_evidence_on_the_next_request() {
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        String token = http.token(client.clientId(), client.secret());
        assertThat(http.call("PUT", path("/answers/Q2"), token, Map.of("answer", "C"), null).statusCode()).isEqualTo(200);

        SignedIn.as(sme.owner(), () -> apiClients.revoke(client.client().getId()));

        assertThat(http.call("PUT", path("/answers/Q2"), token, Map.of("answer", "B"), null).statusCode()).isEqualTo(401);
        assertThat(http.get(path("/evidence"), token).statusCode()).isEqualTo(401);
        assertThat(SignedIn.as(sme.owner(), () -> assessments.find(id).orElseThrow()).getAnswers().get("Q2"))
                .containsExactly("C");
    }

    @Test
    void a_demoted_owner_still_holding_an_owners_token_cannot_submit_share_or_assign() {
        var second = newAccount(Role.ENTERPRISE_OWNER);
        SignedIn.as(sme.owner(), () -> team.changeRoles(second.userId(), Set.of(Role.ENTERPRISE_MEMBER),
                TenantKind.ENTERPRISE));

        // second's token (as SignedIn builds it) still says ENTERPRISE_OWNER: the live membership decides
        assertThatThrownBy(() -> SignedIn.as(second, () -> assessments.submit(id)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo(Assessments.OWNER_SUBMITS));
        assertThatThrownBy(() -> SignedIn.as(second, () -> assessments.assignSection(id, "D1", second.userId())))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo(Assessments.OWNER_ASSIGNS));
        assertThatThrownBy(() -> SignedIn.as(second, () -> shares.share(id, "provider-x", false)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo(AssessmentShares.OWNER_SHARES));
        assertThat(SignedIn.as(sme.owner(), () -> assessments.find(id).orElseThrow()).isDraft()).isTrue();
    }

    @Test
    void a_member_removed_while_signed_in_cannot_autosave_or_create_api_clients() {
        var member = newAccount(Role.ENTERPRISE_OWNER);
        SignedIn.as(member, () -> assessments.saveAnswer(id, "Q2", List.of("C")));

        SignedIn.as(sme.owner(), () -> team.remove(member.userId()));

        assertThatThrownBy(() -> SignedIn.as(member, () -> assessments.saveAnswer(id, "Q2", List.of("B"))))
                .isInstanceOf(AccessRevokedException.class);
        assertThatThrownBy(() -> SignedIn.as(member,
                () -> apiClients.create("x", Set.of(Role.ENTERPRISE_MEMBER), TenantKind.ENTERPRISE)))
                .isInstanceOf(AccessRevokedException.class);
        assertThat(SignedIn.as(sme.owner(), () -> assessments.find(id).orElseThrow()).getAnswers().get("Q2"))
                .containsExactly("C");
    }
}
