package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/** The quote and engagement API with real client-credentials tokens: providers answer and decline, SMEs read. */
@UpliftTest
class QuoteApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    QuoteRequests requests;
    @Autowired
    ApiClients apiClients;

    ApiHttp http;
    Sme sme;
    Provider a;
    Provider b;
    QuoteRequest request;
    String smeToken;
    String aToken;
    String bToken;

    @BeforeEach
    void anSmeAsksTwoProviders() {
        http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var market = new MarketplaceFixture(context);
        sme = smes.register();
        a = market.admittedProvider();
        b = market.admittedProvider();
        request = SignedIn.as(sme.owner(), () -> requests.request(null, "需要设备联网与数据采集",
                List.of(a.tenantId(), b.tenantId())));
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        smeToken = http.token(client.clientId(), client.secret());
        aToken = providerToken(a, Role.PROVIDER_CONSULTANT);
        bToken = providerToken(b, Role.PROVIDER_ADMIN);
    }

    String providerToken(Provider provider, Role role) {
        var client = TenantContext.callAs(provider.tenantId(), () -> SystemWork.call("test API client",
                () -> apiClients.create("Provider ERP", Set.of(role), TenantKind.PROVIDER)));
        return http.token(client.clientId(), client.secret());
    }

    String quoteOf(Provider provider) {
        return request.offerOf(provider.tenantId()).orElseThrow().getQuoteId();
    }

    static Map<String, Object> answer(long totalFen) {
        return Map.of("costLines", List.of(Map.of("category", "SOFTWARE", "amountFen", 5_000_000, "description", "平台订阅"),
                Map.of("category", "DATA_COLLECTION_HARDWARE", "amountFen", 3_000_000, "description", "采集网关 10 台")),
                "totalFen", totalFen, "scope", "20 台注塑机联网，实时看板", "timelineWeeks", 8,
                "milestones", List.of(Map.of("title", "网关安装", "dueInDays", 21, "deliverable", "安装记录"),
                        Map.of("title", "看板上线", "dueInDays", 56, "deliverable", "验收单")));
    }

    static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false).map(e -> e.get("field").asText()).toList();
    }

    @Test
    void each_provider_lists_only_its_own_open_quote_and_the_sme_its_request() {
        JsonNode mine = ApiHttp.json(http.get("/api/v1/quote-requests", aToken));
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("id").asText()).isEqualTo(quoteOf(a));
        assertThat(mine.get(0).get("smeName").asText()).isEqualTo(sme.name());
        assertThat(ApiHttp.json(http.get("/api/v1/quote-requests", bToken)).get(0).get("id").asText())
                .isEqualTo(quoteOf(b));

        JsonNode ofSme = ApiHttp.json(http.get("/api/v1/quote-requests", smeToken));
        assertThat(ofSme).hasSize(1);
        assertThat(ofSme.get(0).get("offers")).hasSize(2);
    }

    @Test
    void a_bad_answer_is_a_problem_per_field_in_chinese_and_nothing_is_saved() {
        var response = http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/answer", aToken, answer(9_000_000),
                null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = ApiHttp.json(response);
        assertThat(fields(problem)).containsExactly("totalFen");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("费用明细合计 ¥80000.00，与总价 ¥90000.00 不一致。");
        var badLine = http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/answer", aToken,
                Map.of("costLines", List.of(Map.of("category", "SOFTWARE", "amountFen", 0)), "totalFen", 0), null);
        assertThat(fields(ApiHttp.json(badLine))).contains("totalFen", "costLines[0].amountFen", "scope",
                "timelineWeeks", "milestones");
        var noReason = http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/decline", aToken, Map.of(), null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fields(ApiHttp.json(noReason))).containsExactly("reason");

        assertThat(SignedIn.as(sme.owner(), () -> requests.find(request.getId())).orElseThrow().getOffers())
                .extracting(o -> o.getStatus()).containsOnly(QuoteStatus.OPEN);
    }

    @Test
    void a_provider_answers_the_other_declines_and_after_acceptance_both_parties_list_the_engagement() {
        var answered = http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/answer", aToken,
                answer(8_000_000), null);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(ApiHttp.json(answered).get("status").asText()).isEqualTo("ANSWERED");
        var declined = http.call("POST", "/api/v1/quote-requests/" + quoteOf(b) + "/decline", bToken,
                Map.of("reason", "不承接该行业"), null);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(ApiHttp.json(http.get("/api/v1/quote-requests", aToken))).isEmpty();

        SignedIn.as(sme.owner(), () -> requests.accept(request.getId(), quoteOf(a)));

        JsonNode ofSme = ApiHttp.json(http.get("/api/v1/engagements", smeToken));
        assertThat(ofSme).hasSize(1);
        assertThat(ofSme.get(0).get("priceFen").asLong()).isEqualTo(8_000_000);
        assertThat(ofSme.get(0).get("milestones")).hasSize(2);
        assertThat(ApiHttp.json(http.get("/api/v1/engagements/" + quoteOf(a), aToken)).get("smeName").asText())
                .isEqualTo(sme.name());
        assertThat(ApiHttp.json(http.get("/api/v1/engagements", bToken))).isEmpty();
        assertThat(http.get("/api/v1/engagements/" + quoteOf(a), bToken).statusCode()).isEqualTo(404);
    }

    @Test
    void another_providers_quote_is_not_found_and_an_sme_may_not_answer() {
        assertThat(http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/answer", bToken, answer(8_000_000), null)
                .statusCode()).isEqualTo(404);
        assertThat(http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/decline", bToken,
                Map.of("reason", "抢单"), null).statusCode()).isEqualTo(404);
        assertThat(http.call("POST", "/api/v1/quote-requests/" + quoteOf(a) + "/answer", smeToken, answer(8_000_000),
                null).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/quote-requests/" + quoteOf(a), aToken).statusCode()).isIn(404, 405);
    }
}
