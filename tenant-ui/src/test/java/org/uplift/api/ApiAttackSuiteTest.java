package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.api.ApiRoutes.Route;
import org.uplift.identity.ApiClients;
import org.uplift.identity.CreatedApiClient;
import org.uplift.identity.Role;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The attack suite of the API. A victim SME with data in every feature, and as attackers another SME, a
 * provider, an authority and the platform, each with every role of its kind, plus no token and forged
 * tokens. Every {@code /api/**} route is discovered from the handler mapping (a new endpoint joins by
 * existing) and tried with the victim's ids, malformed ids and malformed bodies. The rules: never a 5xx;
 * every error a problem body; the victim's ids answer the others 401, 403 or 404; nothing of the victim's
 * shows in any answer; and the victim's data is unchanged afterwards.
 */
@UpliftTest
@TestInstance(Lifecycle.PER_CLASS)
class ApiAttackSuiteTest {

    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    static final List<String> MALFORMED_IDS = List.of("does-not-exist", "%2E%2E%2F%2E%2E%2Fapi", "%00", "x".repeat(2000),
            "%7B%22%24ne%22%3Anull%7D", "%27%20OR%20%271%27%3D%271", "%F0%9F%98%80", "-1", "null");
    static final List<String> MALFORMED_BODIES = List.of("{", "{\"a\":1} trailing", "{\"a\":1}{\"b\":2}", "[]", "\"x\"",
            "123", "null", "{\"a\":1,\"a\":2}", "[".repeat(2000) + "]".repeat(2000), "\u0000", "{\"$where\":\"1\"}");
    static final List<String> MALFORMED_VALUES = List.of("null", "[null]", "1e400", "-1", "0", "true", "{\"$gt\":\"\"}",
            "[[[1]]]", "\"" + "长".repeat(20_000) + "\"", "\"\\u0000\"", "\"<script>alert(1)</script>\"", "{}", "[]");
    /** Field names the API's bodies use today; record bodies add their own components. */
    static final Set<String> KNOWN_FIELDS = Set.of("answer", "level", "name", "roles", "previousAssessmentId",
            "industryCode", "districtCode", "employees", "annualRevenue", "mainProducts", "answers", "scenarios",
            "evidence", "assigneeUserId", "sectionKey", "userId", "costLines", "category", "amountFen",
            // solutions
            "nameZh", "nameEn", "summaryZh", "summaryEn", "descriptionZh", "descriptionEn", "frameworkId",
            "dimensions", "priceFen", "priceCoversZh", "priceCoversEn", "deliveryDays", "deployments",
            "referenceCases",
            // quotes
            "totalFen", "scope", "timelineWeeks", "deliverBy", "milestones", "reason", "description", "title",
            "dueInDays", "deliverable");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Organisations organisations;

    ApiHttp http;
    ApiRoutes routes;
    Victim victim;
    Victim self;
    Map<String, String> attackers;
    int attempts;

    /**
     * The victim's ids by the kind of thing they name, and strings only the victim's data contains; with a
     * provider of its own ({@code providerToken}, its admin) holding a draft package.
     */
    record Victim(Sme sme, String token, String providerToken, Map<String, String> ids, List<String> secrets) {

        /** The victim's own token for the route: its provider's for the provider's routes. */
        String tokenFor(Route route) {
            return route.template().startsWith("/api/v1/solutions") ? providerToken : token;
        }
    }

    @BeforeAll
    void aVictimWithDataEverywhereAndAttackersOfEveryKindAndRole() {
        http = new ApiHttp(port);
        routes = ApiRoutes.discover(context);
        var smes = new TestSmes(context);
        victim = victimWithData(smes);
        self = victimWithData(smes);
        attackers = new LinkedHashMap<>();
        Sme other = smes.register();
        attackers.put("other SME owner", token(other.tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_OWNER));
        attackers.put("other SME member", token(other.tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_MEMBER));
        String provider = new TestProviders(context).register().tenantId();
        attackers.put("provider admin", token(provider, TenantKind.PROVIDER, Role.PROVIDER_ADMIN));
        attackers.put("provider consultant", token(provider, TenantKind.PROVIDER, Role.PROVIDER_CONSULTANT));
        String authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "攻击测试主管部门",
                "330110", "张主任", "authority-" + UUID.randomUUID() + "@example.cn", TestSmes.PASSWORD).getId();
        for (Role role : List.of(Role.PROGRAMME_MANAGER, Role.DISTRICT_OFFICER, Role.REVIEWER, Role.SENIOR_REVIEWER)) {
            attackers.put("authority " + role, token(authority, TenantKind.AUTHORITY, role));
        }
        String platform = organisations.createAdministrativeTenant(TenantKind.PLATFORM, "攻击测试平台", null, "平台运维",
                "platform-" + UUID.randomUUID() + "@example.cn", TestSmes.PASSWORD).getId();
        attackers.put("platform admin", token(platform, TenantKind.PLATFORM, Role.PLATFORM_ADMIN));
        attackers.put("no token", null);
        attackers.put("forged token", forgedToken());
        attackers.put("garbage token", "not-a-jwt");
    }

    @Test
    void the_suite_sees_every_api_controller() {
        assertThat(routes.routes()).extracting(Route::template)
                .contains("/api/v1/me", "/api/v1/api-clients/{id}", "/api/v1/assessments/{id}/evidence/{fileId}",
                        "/api/v1/frameworks/{frameworkId}/evaluate", "/api/v1/company-profiles/{id}",
                        "/api/v1/solutions/{id}/publish", "/api/v1/catalogue/{id}", "/api/v1/catalogue/compare",
                        "/api/v1/recommendations", "/api/v1/engagements/{id}/milestones/{index}/deliver",
                        "/api/v1/engagements/{id}/milestones/{index}/confirm",
                        "/api/v1/engagements/{id}/milestones/{index}/send-back", "/api/v1/engagements/{id}/complete",
                        "/api/v1/engagements/{id}/rating", "/api/v1/engagements/{id}/evidence/{fileId}",
                        "/api/v1/clients", "/api/v1/applications/{id}/audit",
                        "/api/v1/applications/{id}/audit/verification");
    }

    /** Every route, every attacker, every combination of the victim's ids. */
    @Test
    void another_tenant_or_role_never_reaches_the_victims_data_through_any_route() {
        String before = victimState();
        List<String> findings = new ArrayList<>();
        for (Route route : routes.routes()) {
            for (List<String> values : victimIdCombinations(route)) {
                String path = route.path(values);
                boolean namesVictimData = values.stream().anyMatch(victim.ids()::containsValue);
                for (var attacker : attackers.entrySet()) {
                    var response = send(route, path, attacker.getValue(), plausibleBody(route));
                    check(findings, route, attacker.getKey(), path, response);
                    if (namesVictimData && !Set.of(401, 403, 404).contains(response.statusCode())) {
                        findings.add(finding(route, attacker.getKey(), path, response, "answered the victim's id"));
                    }
                    for (String secret : victim.secrets()) {
                        if (response.body().contains(secret)) {
                            findings.add(finding(route, attacker.getKey(), path, response, "showed " + secret));
                        }
                    }
                }
            }
        }
        assertThat(findings).as("findings after %d attempts", attempts).isEmpty();
        assertThat(victimState()).isEqualTo(before);
    }

    /** Within the victim's own tenant, a member reads but does not manage the machine clients. */
    @Test
    void the_victims_member_can_neither_list_create_nor_revoke_its_api_clients() {
        String member = token(victim.sme().tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_MEMBER);
        String before = victimState();

        assertThat(http.get("/api/v1/api-clients", member).statusCode()).isEqualTo(403);
        assertThat(http.call("POST", "/api/v1/api-clients", member,
                Map.of("name", "member's", "roles", List.of("ENTERPRISE_OWNER")), null).statusCode()).isEqualTo(403);
        assertThat(http.call("DELETE", "/api/v1/api-clients/" + victim.ids().get("apiClient"), member, null, null)
                .statusCode()).isEqualTo(403);
        assertThat(victimState()).isEqualTo(before);
    }

    /** Ids that are no ids: traversal, NUL, operators, huge, emoji; for the victim itself and for others. */
    @Test
    void malformed_ids_are_refused_with_problem_bodies_never_a_server_error() {
        String before = victimState();
        List<String> findings = new ArrayList<>();
        for (Route route : routes.routes()) {
            List<String> variables = route.variables();
            for (int i = 0; i < variables.size(); i++) {
                for (String malformed : MALFORMED_IDS) {
                    List<String> own = new ArrayList<>(firstCombination(route, self));
                    own.set(i, malformed);
                    check(findings, route, "self", route.path(own),
                            send(route, route.path(own), self.tokenFor(route), plausibleBody(route)));
                    List<String> victims = new ArrayList<>(firstCombination(route, victim));
                    victims.set(i, malformed);
                    check(findings, route, "other SME owner", route.path(victims),
                            send(route, route.path(victims), attackers.get("other SME owner"), plausibleBody(route)));
                }
            }
        }
        assertThat(findings).as("findings after %d attempts", attempts).isEmpty();
        assertThat(victimState()).isEqualTo(before);
    }

    /**
     * Bodies that are no JSON, JSON of the wrong shape, and every known field with values of the wrong type,
     * size or content, sent by an SME of its own data (so validation runs) and by another tenant.
     */
    @Test
    void malformed_bodies_are_refused_with_problem_bodies_never_a_server_error() {
        String before = victimState();
        List<String> findings = new ArrayList<>();
        String other = attackers.get("other SME owner");
        for (Route route : routes.routes()) {
            if (route.multipart() || !Set.of("POST", "PUT", "PATCH").contains(route.method())) {
                continue;
            }
            List<String> bodies = new ArrayList<>(MALFORMED_BODIES);
            for (String field : fieldNames(route)) {
                for (String value : MALFORMED_VALUES) {
                    bodies.add("{\"" + field + "\":" + value + "}");
                }
            }
            String ownPath = route.path(firstCombination(route, self));
            String victimsPath = route.path(firstCombination(route, victim));
            for (String body : bodies) {
                check(findings, route, "self", ownPath + " " + abbreviate(body),
                        sendRaw(route.method(), ownPath, self.tokenFor(route), "application/json", body));
                var response = sendRaw(route.method(), victimsPath, other, "application/json", body);
                check(findings, route, "other SME owner", victimsPath + " " + abbreviate(body), response);
                if (!route.variables().isEmpty() && route.variables().stream().noneMatch("frameworkId"::equals)
                        && !Set.of(400, 401, 403, 404, 413, 415).contains(response.statusCode())) {
                    findings.add(finding(route, "other SME owner", victimsPath, response, "accepted " + abbreviate(body)));
                }
            }
        }
        assertThat(findings).as("findings after %d attempts", attempts).isEmpty();
        assertThat(victimState()).isEqualTo(before);
    }

    private void check(List<String> findings, Route route, String caller, String path, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            findings.add(finding(route, caller, path, response, "server error"));
        } else if (status >= 400 && !problemBody(response)) {
            findings.add(finding(route, caller, path, response, "no problem body"));
        }
    }

    private static boolean problemBody(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.body().contains("\"status\"");
    }

    private static String finding(Route route, String caller, String path, HttpResponse<String> response, String what) {
        return route + " as " + caller + " on " + abbreviate(path) + ": " + what + " (" + response.statusCode() + " "
                + abbreviate(response.body()) + ")";
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private HttpResponse<String> send(Route route, String path, String token, String body) {
        if (route.multipart()) {
            attempts++;
            return Multipart.upload(http, path + "?indicator=Q1", token == null ? "" : token, "attack.pdf",
                    "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII), null);
        }
        return sendRaw(route.method(), path, token, body == null ? null : "application/json", body);
    }

    private HttpResponse<String> sendRaw(String method, String path, String token, String contentType, String body) {
        attempts++;
        var request = HttpRequest.newBuilder(URI.create(http.url(path)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.method(method, body == null ? BodyPublishers.noBody()
                : BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A body that would be accepted from the owner of the resource, so only the caller's identity is wrong. */
    private String plausibleBody(Route route) {
        if (!route.takesBody() && !Set.of("POST", "PUT", "PATCH").contains(route.method())) {
            return null;
        }
        return "{\"answer\":\"A\",\"level\":2,\"name\":\"attack\",\"roles\":[\"ENTERPRISE_OWNER\"],"
                + "\"industryCode\":\"C34\",\"districtCode\":\"330110\",\"employees\":5,\"annualRevenue\":1,"
                + "\"mainProducts\":\"attack\",\"answers\":{\"Q1\":[\"A\"]},\"scenarios\":{\"SC01\":1}}";
    }

    private Set<String> fieldNames(Route route) {
        Set<String> names = new LinkedHashSet<>(KNOWN_FIELDS);
        if (route.bodyType() != null && route.bodyType().isRecord()) {
            Stream.of(route.bodyType().getRecordComponents()).map(RecordComponent::getName).forEach(names::add);
        }
        return names;
    }

    /** For each variable, the victim's ids that could fill it; every combination. */
    private List<List<String>> victimIdCombinations(Route route) {
        List<List<String>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (String ignored : route.variables()) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : combinations) {
                for (String value : victimCandidates()) {
                    var combination = new ArrayList<>(prefix);
                    combination.add(value);
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** The ids that make the route valid for {@code owner}'s own data, guessed from the variables' names. */
    private static List<String> firstCombination(Route route, Victim owner) {
        List<String> values = new ArrayList<>();
        for (String variable : route.variables()) {
            values.add(switch (variable) {
                case "fileId" -> route.template().startsWith("/api/v1/engagements") ? owner.ids().get("engagementFile")
                        : owner.ids().get("evidenceFile");
                case "index" -> "0";
                case "questionKey" -> "Q1";
                case "scenarioKey" -> "SC01";
                case "frameworkId" -> "miit-2024";
                default -> route.template().startsWith("/api/v1/programmes") ? owner.ids().get("programmeDraft")
                        : route.template().startsWith("/api/v1/api-clients") ? owner.ids().get("apiClient")
                        : route.template().startsWith("/api/v1/company-profiles") ? owner.ids().get("profile")
                        : route.template().startsWith("/api/v1/solutions") ? owner.ids().get("solution")
                        : route.template().startsWith("/api/v1/quote-requests")
                                || route.template().startsWith("/api/v1/engagements") ? owner.ids().get("quote")
                        : route.template().startsWith("/api/v1/applications") ? owner.ids().get("application")
                        : owner.ids().get("assessment");
            });
        }
        return values;
    }

    private List<String> victimCandidates() {
        List<String> values = new ArrayList<>(victim.ids().values());
        values.addAll(List.of("Q1", "SC01", "miit-2024"));
        return values;
    }

    private Victim victimWithData(TestSmes smes) {
        Sme sme = smes.register();
        String token = token(sme.tenantId(), TenantKind.ENTERPRISE, Role.ENTERPRISE_OWNER);
        String marker = "受害者专有-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = new LinkedHashMap<>();
        var profile = http.call("PUT", "/api/v1/company-profile", token, Map.of("industryCode", "C34", "districtCode",
                "330110", "employees", 80, "annualRevenue", 5200, "mainProducts", marker + "液压阀"), null);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        ids.put("profile", ApiHttp.json(profile).get("id").asText());
        // a published assessment first: the T0 of the victim's subsidy application below
        var assessments = context.getBean(org.uplift.assessment.Assessments.class);
        TenantContext.runAs(sme.tenantId(), () -> {
            String t0 = org.uplift.SignedIn.as(sme.owner(), () -> assessments.submit(
                    assessments.start().getId())).getId();
            assessments.recordLevel(t0, 1);
        });
        var started = http.call("POST", "/api/v1/assessments", token, Map.of(), null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String assessment = ApiHttp.json(started).get("id").asText();
        ids.put("assessment", assessment);
        assertThat(http.call("PUT", "/api/v1/assessments/" + assessment + "/answers/Q1", token,
                Map.of("answer", "B"), null).statusCode()).isEqualTo(200);
        var uploaded = Multipart.upload(http, "/api/v1/assessments/" + assessment + "/evidence?indicator=Q1", token,
                marker + ".pdf", "application/pdf", PDF.getBytes(StandardCharsets.US_ASCII), null);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        ids.put("evidenceFile", ApiHttp.json(uploaded).get("id").asText());
        var client = http.call("POST", "/api/v1/api-clients", token,
                Map.of("name", marker + " ERP", "roles", List.of("ENTERPRISE_MEMBER")), null);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(201);
        JsonNode created = ApiHttp.json(client);
        ids.put("apiClient", created.get("client").get("id").asText());
        // programmes: a draft of an authority, which no API caller may see (only opened programmes are public)
        String authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "受害主管部门", "330110",
                "王主任", "victim-authority-" + UUID.randomUUID() + "@example.cn", TestSmes.PASSWORD).getId();
        String draft = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(authority, () -> org.uplift.identity.SystemWork.run("attack suite: a draft programme",
                () -> context.getBean(org.uplift.subsidy.programme.Programmes.class).create(draft,
                        org.uplift.subsidy.TestProgrammes.named(marker + "草稿专项", 1_000_000))));
        ids.put("programmeDraft", draft);
        String providerToken = token(new TestProviders(context).register().tenantId(), TenantKind.PROVIDER,
                Role.PROVIDER_ADMIN);
        var solution = http.call("POST", "/api/v1/solutions", providerToken, solutionDraft(marker), null);
        assertThat(solution.statusCode()).as(solution.body()).isEqualTo(201);
        ids.put("solution", ApiHttp.json(solution).get("id").asText());
        // quotes: a request answered by an admitted provider and accepted, so the engagement exists too
        var quoting = new org.uplift.marketplace.MarketplaceFixture(context).admittedProvider();
        var quoteRequests = context.getBean(org.uplift.marketplace.quote.QuoteRequests.class);
        var request = org.uplift.SignedIn.as(sme.owner(), () -> quoteRequests.request(null, marker + "注塑车间 MES",
                List.of(quoting.tenantId())));
        String quoteId = request.getOffers().get(0).getQuoteId();
        org.uplift.SignedIn.as(quoting.consultant(), () -> context.getBean(
                org.uplift.marketplace.quote.ProviderQuotes.class).answer(quoteId, org.uplift.marketplace.quote.TestQuotes.answer()));
        org.uplift.SignedIn.as(sme.owner(), () -> quoteRequests.accept(request.getId(), quoteId));
        // engagements: the first milestone delivered with an evidence file, waiting for the owner's confirmation
        byte[] pdf = PDF.getBytes(StandardCharsets.US_ASCII);
        var delivered = org.uplift.SignedIn.as(quoting.consultant(), () -> context.getBean(
                org.uplift.marketplace.engagement.EngagementMilestones.class).deliver(quoteId, 0, marker + "调研报告",
                List.of(new org.uplift.marketplace.engagement.EvidenceUpload("调研.pdf", pdf.length,
                        new java.io.ByteArrayInputStream(pdf)))));
        ids.put("engagementFile", delivered.getMilestones().get(0).evidence().get(0).fileId());
        ids.put("quoteRequest", request.getId());
        ids.put("quote", quoteId);
        // applications: the victim's application to an open programme of its authority (public, so no marker)
        String open = "victim-" + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(authority, () -> org.uplift.identity.SystemWork.run("attack suite: an open programme",
                () -> {
                    var programmes = context.getBean(org.uplift.subsidy.programme.Programmes.class);
                    programmes.open(programmes.create(open,
                            org.uplift.subsidy.TestProgrammes.named("攻击测试开放专项", 1_000_000_000)).getId());
                }));
        var subsidy = context.getBean(org.uplift.subsidy.application.SubsidyApplications.class);
        var application = org.uplift.SignedIn.as(sme.owner(), () -> subsidy.apply(
                new org.uplift.subsidy.application.ApplicationForm(quoteId, open,
                        org.uplift.marketplace.quote.TestQuotes.answer().costLines(),
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), null)));
        ids.put("application", application.getApplicationId());
        return new Victim(sme, token, providerToken, ids, List.of(marker, sme.name(), created.get("clientId").asText()));
    }

    /** A valid draft package whose name carries the victim's marker. */
    private static Map<String, Object> solutionDraft(String marker) {
        return Map.of("nameZh", marker + "质量追溯", "summaryZh", "质量追溯", "descriptionZh", "扫码追溯", "category",
                "QUALITY", "scenarios", List.of(Map.of("scenarioKey", "SC07", "level", 2)), "priceFen", 100_000,
                "priceCoversZh", "软件", "costLines", List.of(Map.of("category", "SOFTWARE", "amountFen", 100_000,
                        "description", "软件")), "deliveryDays", 10, "deployments", List.of("SAAS"));
    }

    /** Everything the victim's owner can read of its own data, as one string. */
    private String victimState() {
        StringBuilder state = new StringBuilder();
        String assessment = victim.ids().get("assessment");
        for (String path : List.of("/api/v1/organisation", "/api/v1/company-profile", "/api/v1/api-clients",
                "/api/v1/assessments", "/api/v1/assessments/" + assessment,
                "/api/v1/assessments/" + assessment + "/evidence", "/api/v1/quote-requests", "/api/v1/engagements",
                "/api/v1/applications", "/api/v1/applications/" + victim.ids().get("application"),
                "/api/v1/applications/" + victim.ids().get("application") + "/audit",
                "/api/v1/applications/" + victim.ids().get("application") + "/audit/verification")) {
            var response = http.get(path, victim.token());
            state.append(path).append(' ').append(response.statusCode()).append(' ').append(response.body()).append('\n');
        }
        String solution = "/api/v1/solutions/" + victim.ids().get("solution");
        for (String path : List.of("/api/v1/solutions", solution)) {
            var response = http.get(path, victim.providerToken());
            state.append(path).append(' ').append(response.statusCode()).append(' ').append(response.body()).append('\n');
        }
        return state.toString();
    }

    private String token(String tenantId, TenantKind kind, Role role) {
        CreatedApiClient client = TenantContext.callAs(tenantId,
                () -> org.uplift.identity.SystemWork.call("attack suite: a client per role",
                        () -> apiClients.create("Attack suite " + role, Set.of(role), kind)));
        return http.token(client.clientId(), client.secret());
    }

    /** A token with the victim's tenant in its claims, signed by nobody the platform trusts. */
    private String forgedToken() {
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = encoder.encodeToString(("{\"sub\":\"attacker\",\"tenant_id\":\"" + victim.sme().tenantId()
                + "\",\"tenant_kind\":\"ENTERPRISE\",\"roles\":[\"ENTERPRISE_OWNER\"],\"exp\":4102444800}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }
}
