package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;

/** Milestone steps through the API with real tokens: the provider delivers, the SME's owner decides, completes, rates. */
@UpliftTest
class EngagementApiTest {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

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
    Provider provider;
    String id;
    String ownerToken;
    String memberToken;
    String providerToken;
    String strangerToken;

    @BeforeEach
    void anEngagementOfTwoMilestones() {
        http = new ApiHttp(port);
        var smes = new TestSmes(context);
        var market = new MarketplaceFixture(context);
        sme = smes.register();
        provider = market.admittedProvider();
        QuoteRequest request = SignedIn.as(sme.owner(), () -> requests.request(null, "需要设备联网",
                List.of(provider.tenantId())));
        id = request.getOffers().get(0).getQuoteId();
        SignedIn.as(provider.consultant(), () -> context.getBean(ProviderQuotes.class).answer(id, TestQuotes.answer()));
        SignedIn.as(sme.owner(), () -> requests.accept(request.getId(), id));
        var owner = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        ownerToken = http.token(owner.clientId(), owner.secret());
        var member = smes.apiClient(sme, Role.ENTERPRISE_MEMBER);
        memberToken = http.token(member.clientId(), member.secret());
        providerToken = providerToken(provider, Role.PROVIDER_CONSULTANT);
        strangerToken = providerToken(market.admittedProvider(), Role.PROVIDER_ADMIN);
    }

    String providerToken(Provider p, Role role) {
        var client = TenantContext.callAs(p.tenantId(), () -> SystemWork.call("test API client",
                () -> apiClients.create("Provider ERP", Set.of(role), TenantKind.PROVIDER)));
        return http.token(client.clientId(), client.secret());
    }

    String path(String rest) {
        return "/api/v1/engagements/" + id + rest;
    }

    @Test
    void the_provider_delivers_with_a_file_the_owner_confirms_and_both_read_the_evidence() {
        var delivered = Multipart.upload(http, path("/milestones/0/deliver?note=" + java.net.URLEncoder.encode(
                "调研报告见附件", StandardCharsets.UTF_8)), providerToken, "调研报告.pdf", "application/pdf",
                PDF.getBytes(StandardCharsets.US_ASCII), null);
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        JsonNode milestone = ApiHttp.json(delivered).get("milestones").get(0);
        assertThat(milestone.get("state").asText()).isEqualTo("DELIVERED");
        String fileId = milestone.get("evidence").get(0).get("fileId").asText();

        var bySme = http.get(path("/evidence/" + fileId), ownerToken);
        assertThat(bySme.statusCode()).isEqualTo(200);
        assertThat(bySme.body()).startsWith("%PDF-");
        assertThat(http.get(path("/evidence/" + fileId), providerToken).statusCode()).isEqualTo(200);
        assertThat(http.get(path("/evidence/" + fileId), strangerToken).statusCode()).isEqualTo(404);

        var byMember = http.call("POST", path("/milestones/0/confirm"), memberToken, null, null);
        assertThat(byMember.statusCode()).isEqualTo(400);
        var confirmed = http.call("POST", path("/milestones/0/confirm"), ownerToken, null, null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(ApiHttp.json(http.get(path(""), providerToken)).get("milestones").get(0).get("state").asText())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void sending_back_needs_a_reason_in_the_problem_and_the_whole_journey_ends_in_a_rating() {
        assertThat(http.call("POST", path("/milestones/0/deliver"), providerToken, Map.of("note", "调研报告"), null)
                .statusCode()).isEqualTo(200);
        var noReason = http.call("POST", path("/milestones/0/send-back"), ownerToken, Map.of("reason", " "), "zh-CN");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(ApiHttp.json(noReason).get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(http.call("POST", path("/milestones/0/send-back"), ownerToken, Map.of("reason", "缺访谈记录"), null)
                .statusCode()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            http.call("POST", path("/milestones/" + i + "/deliver"), providerToken, Map.of("note", "已交付"), null);
            assertThat(http.call("POST", path("/milestones/" + i + "/confirm"), ownerToken, null, null).statusCode())
                    .isEqualTo(200);
        }
        assertThat(http.call("POST", path("/complete"), ownerToken, null, null).statusCode()).isEqualTo(200);
        var rated = http.call("POST", path("/rating"), ownerToken, Map.of("stars", 5, "comment", "专业"), null);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(ApiHttp.json(rated).get("rating").get("stars").asInt()).isEqualTo(5);
        assertThat(http.call("POST", path("/rating"), ownerToken, Map.of("stars", 4), null).statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_milestone_index_that_is_not_a_number_or_not_there_and_another_partys_engagement_are_not_found() {
        assertThat(http.call("POST", path("/milestones/abc/confirm"), ownerToken, null, null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("POST", path("/milestones/7/confirm"), ownerToken, null, null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("POST", path("/milestones/0/confirm"), strangerToken, null, null).statusCode())
                .isEqualTo(404);
        assertThat(http.call("POST", path("/milestones/x/deliver"), strangerToken, Map.of("note", "n"), null)
                .statusCode()).isEqualTo(404);
    }
}
