package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.identity.ApiClients;
import org.uplift.identity.CreatedApiClient;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.CatalogueQuery;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * /api/v1/solutions with real client-credentials tokens: a provider admin drafts, edits, publishes and
 * withdraws; a consultant reads only; another provider's package is not found; bad bodies are named field
 * by field, translated, and nothing is saved.
 */
@UpliftTest
class SolutionApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Catalogue catalogue;

    ApiHttp http;
    MarketplaceFixture market;
    Provider provider;
    String admin;
    String consultant;

    @BeforeEach
    void anAdmittedProviderWithAnAdminAndAConsultantClient() {
        http = new ApiHttp(port);
        market = new MarketplaceFixture(context);
        provider = market.admittedProvider();
        admin = token(provider, Role.PROVIDER_ADMIN);
        consultant = token(provider, Role.PROVIDER_CONSULTANT);
    }

    String token(Provider of, Role role) {
        CreatedApiClient client = TenantContext.callAs(of.tenantId(), () -> SystemWork.call("test API client",
                () -> apiClients.create("Test " + role, Set.of(role), TenantKind.PROVIDER)));
        return http.token(client.clientId(), client.secret());
    }

    /** A valid package body: cost lines of ¥50,000.00 and ¥8,000.00 add up to the price. */
    static Map<String, Object> body(String nameZh) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameZh", nameZh);
        body.put("nameEn", "Quality traceability");
        body.put("summaryZh", "来料到成品的全程质量追溯");
        body.put("descriptionZh", "扫码采集检验数据，自动生成追溯报告。");
        body.put("category", "QUALITY");
        body.put("dimensions", List.of("D3"));
        body.put("scenarios", List.of(Map.of("scenarioKey", "SC07", "level", 2)));
        body.put("priceFen", 5_800_000);
        body.put("priceCoversZh", "软件授权、部署与培训");
        body.put("costLines", List.of(Map.of("category", "SOFTWARE", "amountFen", 5_000_000, "description", "软件订阅一年"),
                Map.of("category", "CONSULTING", "amountFen", 800_000, "description", "实施与培训")));
        body.put("deliveryDays", 30);
        body.put("deployments", List.of("SAAS"));
        body.put("referenceCases", List.of(Map.of("client", "杭州某阀门厂", "industry", "通用设备制造", "year", 2024,
                "outcome", "来料不良率下降 30%")));
        return body;
    }

    String create(String nameZh) {
        var created = http.call("POST", "/api/v1/solutions", admin, body(nameZh), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiHttp.json(created).get("id").asText();
    }

    List<String> listedIds(String token) {
        var listed = http.get("/api/v1/solutions", token);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        return StreamSupport.stream(ApiHttp.json(listed).spliterator(), false).map(p -> p.get("id").asText()).toList();
    }

    static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors").forEach(e -> errors.putIfAbsent(e.get("field").asText(), e.get("message").asText()));
        return errors;
    }

    @Test
    void an_admin_creates_a_draft_with_a_location_and_reads_it_back_in_fen() {
        var created = http.call("POST", "/api/v1/solutions", admin, body("质量追溯系统"), null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode detail = ApiHttp.json(created);
        String id = detail.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/solutions/" + id);
        assertThat(detail.get("status").asText()).isEqualTo("DRAFT");
        assertThat(detail.get("draftVersion").asInt()).isEqualTo(1);
        var read = ApiHttp.json(http.get("/api/v1/solutions/" + id, consultant));
        assertThat(read.at("/draft/priceFen").asLong()).isEqualTo(5_800_000);
        assertThat(read.at("/draft/costLines/1/amountFen").asLong()).isEqualTo(800_000);
        assertThat(listedIds(consultant)).containsExactly(id);
    }

    @Test
    void a_package_published_through_the_api_is_found_in_the_catalogue_within_a_second() {
        String id = create("质量追溯系统");

        var published = http.call("POST", "/api/v1/solutions/" + id + "/publish", admin, null, null);

        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(ApiHttp.json(published).get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(ApiHttp.json(published).get("listedPublicly").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> assertThat(
                catalogue.search(CatalogueQuery.text("追溯").withProvider(provider.tenantId())).items())
                .extracting(CatalogueItem::packageId).containsExactly(id));
    }

    @Test
    void editing_a_published_package_drafts_version_two_and_withdrawing_takes_it_off() {
        String id = create("质量追溯系统");
        http.call("POST", "/api/v1/solutions/" + id + "/publish", admin, null, null);

        var edited = http.call("PUT", "/api/v1/solutions/" + id, admin, body("质量追溯系统 专业版"), null);

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode detail = ApiHttp.json(edited);
        assertThat(detail.get("publishedVersion").asInt()).isEqualTo(1);
        assertThat(detail.get("draftVersion").asInt()).isEqualTo(2);
        assertThat(detail.at("/published/nameZh").asText()).isEqualTo("质量追溯系统");
        assertThat(catalogue.find(id)).get().extracting(CatalogueItem::version).isEqualTo(1);

        var withdrawn = http.call("POST", "/api/v1/solutions/" + id + "/withdraw", admin, null, null);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(ApiHttp.json(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(catalogue.find(id)).isEmpty();
    }

    @Test
    void a_consultant_reads_but_every_write_is_forbidden() {
        String id = create("质量追溯系统");

        assertThat(http.get("/api/v1/solutions/" + id, consultant).statusCode()).isEqualTo(200);
        assertThat(http.call("POST", "/api/v1/solutions", consultant, body("顾问的套餐"), null).statusCode())
                .isEqualTo(403);
        assertThat(http.call("PUT", "/api/v1/solutions/" + id, consultant, body("顾问改名"), null).statusCode())
                .isEqualTo(403);
        assertThat(http.call("POST", "/api/v1/solutions/" + id + "/publish", consultant, null, null).statusCode())
                .isEqualTo(403);
        assertThat(listedIds(admin)).containsExactly(id);
        assertThat(ApiHttp.json(http.get("/api/v1/solutions/" + id, admin)).get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void another_provider_never_sees_nor_changes_the_drafts_of_this_one_and_an_sme_is_forbidden() {
        String id = create("质量追溯系统");
        Provider other = market.admittedProvider();
        String otherAdmin = token(other, Role.PROVIDER_ADMIN);

        assertThat(listedIds(otherAdmin)).doesNotContain(id);
        assertThat(http.get("/api/v1/solutions/" + id, otherAdmin).statusCode()).isEqualTo(404);
        assertThat(http.call("PUT", "/api/v1/solutions/" + id, otherAdmin, body("别人的"), null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("POST", "/api/v1/solutions/" + id + "/publish", otherAdmin, null, null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("POST", "/api/v1/solutions/" + id + "/withdraw", otherAdmin, null, null).statusCode())
                .isEqualTo(404);
        var smes = new TestSmes(context);
        var sme = smes.register();
        var smeClient = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        String smeToken = http.token(smeClient.clientId(), smeClient.secret());
        assertThat(http.get("/api/v1/solutions", smeToken).statusCode()).isEqualTo(403);
        assertThat(ApiHttp.json(http.get("/api/v1/solutions/" + id, admin)).at("/draft/nameZh").asText())
                .isEqualTo("质量追溯系统");
    }

    @Test
    void bad_bodies_are_refused_field_by_field_in_the_callers_language_and_nothing_is_saved() {
        Map<String, Object> bad = body("");
        bad.put("priceFen", 5_800_000.5);
        bad.put("costLines", List.of(Map.of("category", "SOFTWARE", "amountFen", -1, "description", "软件")));
        var fraction = http.call("POST", "/api/v1/solutions", admin, bad, null);
        assertThat(fraction.statusCode()).isEqualTo(400);
        assertThat(errors(ApiHttp.json(fraction))).containsEntry("priceFen", "金额须为以分为单位的整数。")
                .as("the other reasons at once").containsKeys("nameZh", "costLines[0].amountFen");

        bad.put("priceFen", -100);
        var refused = http.call("POST", "/api/v1/solutions", admin, bad, "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(errors(ApiHttp.json(refused))).containsKeys("nameZh", "priceFen", "costLines[0].amountFen")
                .containsEntry("priceFen", "The price must be above 0 and at most ¥10,000,000.00.");

        Map<String, Object> sum = body("质量追溯系统");
        sum.put("priceFen", 6_000_000);
        assertThat(errors(ApiHttp.json(http.call("POST", "/api/v1/solutions", admin, sum, null))))
                .containsEntry("costLines", "费用明细合计 58,000.00 元，与套餐价格 60,000.00 元不一致。");

        Map<String, Object> wrongEnum = body("质量追溯系统");
        wrongEnum.put("category", "NOT_A_CATEGORY");
        var unreadable = http.call("POST", "/api/v1/solutions", admin, wrongEnum, null);
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(errors(ApiHttp.json(unreadable))).containsKey("category");
        assertThat(listedIds(admin)).isEmpty();

        String id = create("质量追溯系统");
        List<Object> lines = new ArrayList<>();
        lines.add(null);
        Map<String, Object> nullLine = body("质量追溯系统");
        nullLine.put("costLines", lines);
        assertThat(http.call("PUT", "/api/v1/solutions/" + id, admin, nullLine, null).statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(http.get("/api/v1/solutions/" + id, admin)).at("/draft/costLines").size()).isEqualTo(2);
    }
}
