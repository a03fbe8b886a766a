package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.LiveMarketplace;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The catalogue API with real client-credentials tokens: search for any tenant (an SME's and a provider's
 * systems), one package, compare, recommendations for SMEs, and bad parameters named field by field.
 */
@UpliftTest
class CatalogueApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClients apiClients;
    @Autowired
    Assessments assessments;

    ApiHttp http;
    LiveMarketplace market;
    Provider provider;
    TestSmes.Sme sme;
    String smeToken;
    String providerToken;
    String quality;
    String gateway;
    String warehouse;

    @BeforeEach
    void aProviderWithPackagesAndAnSme() {
        http = new ApiHttp(port);
        market = new LiveMarketplace(context);
        provider = market.admittedProvider();
        quality = market.publish(provider, "质量管理系统 标准版", SolutionCategory.QUALITY, 30_000_00,
                Deployment.SAAS, CostCategory.SOFTWARE, new ScenarioTarget("SC07", 3));
        gateway = market.publish(provider, "设备联网采集网关", SolutionCategory.EQUIPMENT_IOT, 80_000_00,
                Deployment.ON_PREMISES, CostCategory.DATA_COLLECTION_HARDWARE, new ScenarioTarget("SC08", 2));
        warehouse = market.publish(provider, "仓储管理系统 WMS", SolutionCategory.SUPPLY_CHAIN, 50_000_00,
                Deployment.SAAS, CostCategory.CONSULTING, new ScenarioTarget("SC12", 2));
        var smes = new TestSmes(context);
        sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_MEMBER);
        smeToken = http.token(client.clientId(), client.secret());
        var providerClient = TenantContext.callAs(provider.tenantId(), () -> SystemWork.call("test API client",
                () -> apiClients.create("Provider CRM", Set.of(Role.PROVIDER_ADMIN), TenantKind.PROVIDER)));
        providerToken = http.token(providerClient.clientId(), providerClient.secret());
    }

    JsonNode ok(String path, String token) {
        var response = http.get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiHttp.json(response);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asText()).toList();
    }

    static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText())
                .toList();
    }

    @Test
    void a_chinese_query_with_filters_finds_the_package_with_its_price_in_fen() {
        JsonNode page = ok("/api/v1/catalogue?q=" + encode("质量管理") + "&category=QUALITY&scenario=SC07&maxPrice=3000000"
                + "&size=100", smeToken);

        assertThat(ids(page.get("items"))).contains(quality).doesNotContain(gateway, warehouse);
        JsonNode item = StreamSupport.stream(page.get("items").spliterator(), false)
                .filter(i -> i.get("id").asText().equals(quality)).findFirst().orElseThrow();
        assertThat(item.get("name").asText()).isEqualTo("质量管理系统 标准版");
        assertThat(item.get("providerName").asText()).isEqualTo(provider.name());
        assertThat(item.get("price").isIntegralNumber()).isTrue();
        assertThat(item.get("price").asLong()).isEqualTo(3_000_000L);
        assertThat(item.get("priceYuan").asText()).isEqualTo("30000.00");
        assertThat(item.get("scenarios").get(0).get("scenario").asText()).isEqualTo("SC07");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(100);
        assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
    }

    @Test
    void a_provider_system_searches_too_and_pages_through_the_results() {
        JsonNode gateways = ok("/api/v1/catalogue?q=" + encode("采集网关") + "&size=100", providerToken);
        JsonNode all = ok("/api/v1/catalogue?deployment=SAAS&subsidyEligible=true&sort=PRICE_ASC&size=100", providerToken);

        assertThat(ids(gateways.get("items"))).contains(gateway).doesNotContain(quality, warehouse);
        assertThat(ids(all.get("items"))).contains(quality).doesNotContain(gateway, warehouse);
        JsonNode second = ok("/api/v1/catalogue?deployment=SAAS&subsidyEligible=true&sort=PRICE_ASC&size=1&page=1",
                providerToken);
        assertThat(ids(second.get("items"))).containsExactly(ids(all.get("items")).get(1));
    }

    @Test
    void one_package_with_its_cost_lines_and_an_unknown_one_is_not_found() {
        JsonNode detail = ok("/api/v1/catalogue/" + gateway, smeToken);

        assertThat(detail.get("summary").get("name").asText()).isEqualTo("设备联网采集网关");
        assertThat(detail.get("costLines").get(0).get("category").asText()).isEqualTo("DATA_COLLECTION_HARDWARE");
        assertThat(detail.get("costLines").get(0).get("amount").asLong()).isEqualTo(8_000_000L);
        assertThat(detail.get("referenceCases")).isNotEmpty();
        var unknown = http.get("/api/v1/catalogue/does-not-exist", smeToken);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    @Test
    void three_compare_side_by_side_and_four_are_refused_on_ids() {
        JsonNode compared = ok("/api/v1/catalogue/compare?ids=" + quality + "," + gateway + "," + warehouse, smeToken);

        assertThat(ids(compared.get("packages"))).containsExactly(quality, gateway, warehouse);
        JsonNode price = StreamSupport.stream(compared.get("rows").spliterator(), false)
                .filter(r -> r.get("key").asText().equals("marketplace.compare.price")).findFirst().orElseThrow();
        assertThat(price.get("label").asText()).isEqualTo("价格");
        assertThat(price.get("values")).extracting(JsonNode::asLong).containsExactly(3_000_000L, 8_000_000L, 5_000_000L);

        var four = http.call("GET", "/api/v1/catalogue/compare?ids=" + quality + "," + gateway + "," + warehouse
                + ",another", smeToken, null, "en");
        assertThat(four.statusCode()).isEqualTo(400);
        JsonNode problem = ApiHttp.json(four);
        assertThat(fields(problem)).containsExactly("ids");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("Compare at most 3 packages at a time.");
    }

    @Test
    void bad_parameters_are_each_named_in_one_translated_problem() {
        var response = http.call("GET", "/api/v1/catalogue?category=TOYS&deployment=CLOUD&minRating=abc&sort=CHEAP"
                + "&subsidyEligible=maybe&dimension=D9&scenario=SC99&page=x", smeToken, null, null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = ApiHttp.json(response);
        assertThat(fields(problem)).containsExactlyInAnyOrder("category", "deployment", "minRating", "sort",
                "subsidyEligible", "dimension", "scenario", "page");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("无法识别的取值：TOYS。");

        var ranges = http.call("GET", "/api/v1/catalogue?size=0&page=-1&minPrice=-1", smeToken, null, "en");
        assertThat(ranges.statusCode()).isEqualTo(400);
        assertThat(fields(ApiHttp.json(ranges))).containsExactlyInAnyOrder("size", "page", "minPrice");
        var tooLarge = http.get("/api/v1/catalogue?size=101", smeToken);
        assertThat(fields(ApiHttp.json(tooLarge))).containsExactly("size");
        assertThat(ApiHttp.json(tooLarge).get("errors").get(0).get("message").asText()).isEqualTo("每页条数须在 1 到 100 之间。");
    }

    @Test
    void recommendations_are_for_smes_and_empty_until_an_assessment_is_published() {
        JsonNode none = ok("/api/v1/recommendations", smeToken);
        assertThat(none.get("assessmentId").isNull()).isTrue();
        assertThat(none.get("items")).isEmpty();
        assertThat(http.get("/api/v1/recommendations", providerToken).statusCode()).isEqualTo(403);
    }

    @Test
    void with_a_published_assessment_recommendations_carry_the_reason_in_words() {
        publishedAtLevelOne();

        JsonNode found = ok("/api/v1/recommendations", smeToken);

        assertThat(found.get("level").asInt()).isEqualTo(1);
        assertThat(found.get("targetLevel").asInt()).isEqualTo(2);
        assertThat(found.get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("reason").get("text").asText()).isNotBlank().doesNotContain("{");
            assertThat(item.get("reason").get("key").asText()).startsWith("marketplace.recommendation.");
        });
    }

    void publishedAtLevelOne() {
        String id = SignedIn.as(sme.owner(), () -> {
            Assessment draft = assessments.start();
            Framework framework = assessments.framework(draft);
            framework.dimensions().stream().filter(d -> d.key().equals("D1")).flatMap(d -> d.questions().stream())
                    .forEach(q -> assessments.saveAnswer(draft.getId(), q.key(), best(q)));
            framework.scenarios().forEach(s -> assessments.saveScenario(draft.getId(), s.key(), 1));
            return assessments.submit(draft.getId()).getId();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(),
                () -> assessments.find(id).orElseThrow().getStatus() == Assessment.Status.PUBLISHED));
    }

    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }
}
