package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.uplift.e2e.CompanyProfilePage.Profile;
import org.uplift.e2e.RegistrationPage.Sme;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One SME's company profile stays out of another SME's reach, in the browser and over the API. */
@TestPropertySource(properties = "uplift.demo.enabled=false")
class TenantIsolationIT extends EndToEndTest {

    private static final String A_PRODUCTS = "A 公司的保密产品：高端液压阀组";
    private static final String B_PRODUCTS = "B 公司的产品：食品包装机";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Organisations organisations;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    ApiClients apiClients;

    @Test
    void another_sme_cannot_open_the_first_smes_profile_by_url_or_api() throws Exception {
        var a = new Sme("杭州甲液压科技有限公司", TestCreditCodes.next(), "330106", "C34", "甲老板", "owner@a.example",
                STRONG_PASSWORD);
        registerAndConfirm(a).signIn(a.email(), a.password());
        homePage().waitUntilShown().startTask("completeCompanyProfile")
                .fill(new Profile("C34", "330106", 40, new BigDecimal("1800"), A_PRODUCTS)).save();
        String aProfileId = profileIdOf(a.creditCode());

        Organisation b = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州乙包装机械有限公司",
                TestCreditCodes.next(), "330110", "C35", "乙老板", "owner@b.example", STRONG_PASSWORD));
        String bToken = tokenFor(b);
        var saved = send(bToken, "PUT", "/api/v1/company-profile", """
                {"industryCode":"C35","districtCode":"330110","employees":12,"annualRevenue":300,
                 "mainProducts":"%s"}""".formatted(B_PRODUCTS));
        assertThat(saved.statusCode()).isEqualTo(200);

        chromium.forgetSession();
        signIn("owner@b.example", STRONG_PASSWORD);
        open(CompanyProfilePage.PATH + "/" + aProfileId);
        var page = profilePage().waitUntilNotFound();
        assertThat(page.showsAnyProfileField()).isFalse();
        assertThat(page.pageText()).doesNotContain(A_PRODUCTS);

        assertThat(send(bToken, "GET", "/api/v1/company-profiles/" + aProfileId, null).statusCode()).isEqualTo(404);
        var own = send(bToken, "GET", "/api/v1/company-profile", null);
        String bProfileId = json.readTree(own.body()).path("id").asText();
        var ownById = send(bToken, "GET", "/api/v1/company-profiles/" + bProfileId, null);
        assertThat(ownById.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ownById.body()).path("mainProducts").asText()).isEqualTo(B_PRODUCTS);
    }

    private String profileIdOf(String creditCode) {
        String tenantId = organisations.all().stream().filter(o -> creditCode.equals(o.getCreditCode()))
                .findFirst().orElseThrow().getId();
        return TenantContext.callAs(tenantId, () -> profiles.current().orElseThrow().getId());
    }

    /** An owner's API client for the tenant, and a token for it from the issuer's token endpoint. */
    private String tokenFor(Organisation organisation) throws IOException, InterruptedException {
        var client = TenantContext.callAs(organisation.getId(),
                () -> org.uplift.identity.SystemWork.call("e2e: the owner's API client",
                        () -> apiClients.create("e2e", Set.of(Role.ENTERPRISE_OWNER), TenantKind.ENTERPRISE)));
        JsonNode discovery = json.readTree(http.send(HttpRequest.newBuilder(URI.create(
                baseUrl() + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(client.clientId(), StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(client.secret(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create(discovery.path("token_endpoint").asText()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> send(String token, String method, String path, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
