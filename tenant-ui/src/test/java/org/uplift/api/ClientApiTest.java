package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/** GET /api/v1/clients: each provider pages its own clients; nobody else reads a list. */
@UpliftTest
class ClientApiTest {

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
    Sme second;
    Provider a;
    Provider b;
    QuoteRequest request;
    String aToken;
    String bToken;
    String smeToken;

    @BeforeEach
    void twoSmesAskProviderAAndOneAsksProviderB() {
        http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var market = new MarketplaceFixture(context);
        sme = smes.register();
        second = smes.register();
        a = market.admittedProvider();
        b = market.admittedProvider();
        request = SignedIn.as(sme.owner(), () -> requests.request(null, "需要设备联网与数据采集",
                List.of(a.tenantId(), b.tenantId())));
        SignedIn.as(second.owner(), () -> requests.request(null, "需要质量追溯", List.of(a.tenantId())));
        aToken = providerToken(a, Role.PROVIDER_CONSULTANT);
        bToken = providerToken(b, Role.PROVIDER_ADMIN);
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        smeToken = http.token(client.clientId(), client.secret());
    }

    String providerToken(Provider provider, Role role) {
        var client = TenantContext.callAs(provider.tenantId(), () -> SystemWork.call("test API client",
                () -> apiClients.create("Provider CRM", Set.of(role), TenantKind.PROVIDER)));
        return http.token(client.clientId(), client.secret());
    }

    static List<String> names(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("smeName").asText()).toList();
    }

    @Test
    void each_provider_pages_its_own_clients_most_recent_first_with_their_open_quotes() {
        JsonNode ofA = ApiHttp.json(http.get("/api/v1/clients", aToken));
        assertThat(ofA.get("total").asLong()).isEqualTo(2);
        assertThat(names(ofA)).containsExactly(second.name(), sme.name());
        assertThat(ofA.get("items").get(1).get("openQuotes").asLong()).isEqualTo(1);
        assertThat(ofA.get("items").get(1).get("quotes").get(request.offerOf(a.tenantId()).orElseThrow().getQuoteId())
                .asText()).isEqualTo("OPEN");

        JsonNode firstPage = ApiHttp.json(http.get("/api/v1/clients?page=1&size=1", aToken));
        assertThat(names(firstPage)).containsExactly(sme.name());
        assertThat(firstPage.get("page").asInt()).isEqualTo(1);

        JsonNode ofB = ApiHttp.json(http.get("/api/v1/clients", bToken));
        assertThat(names(ofB)).containsExactly(sme.name());
        assertThat(ofB.toString()).doesNotContain(second.name()).doesNotContain(
                request.offerOf(a.tenantId()).orElseThrow().getQuoteId());
    }

    @Test
    void an_sme_is_refused_and_a_bad_page_is_a_translated_problem_per_field() {
        assertThat(http.get("/api/v1/clients", smeToken).statusCode()).isEqualTo(403);

        var bad = http.get("/api/v1/clients?page=x&size=500", aToken);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode problem = ApiHttp.json(bad);
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("page");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("请填写数字。");
        var tooLarge = ApiHttp.json(http.get("/api/v1/clients?size=500", aToken));
        assertThat(tooLarge.get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertThat(tooLarge.get("errors").get(0).get("message").asText()).isEqualTo("每页条数须在 1 到 100 之间。");
    }
}
