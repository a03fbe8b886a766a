package org.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.tenancy.TenantKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The external-issuer mode against a real Keycloak: the committed realm ({@code keycloak/uplift-realm.json})
 * puts the tenant (admin-only user-profile attributes) and the realm roles into {@code tenant_id},
 * {@code tenant_kind} and {@code roles}, and the audience {@code uplift-api} into the access tokens of the
 * platform's clients only. Uplift starts first (it never contacts the issuer at start-up), the SME is
 * registered, and Keycloak is then started with that tenant id and Uplift's port for the realm's
 * placeholders. Keycloak is stopped after the class, whatever happened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "uplift.demo.enabled=false")
class KeycloakExternalIssuerIT extends EndToEndTest {

    private static final KeycloakServer keycloak = new KeycloakServer();
    private static final String UI_SECRET = secret();
    private static final String INTEGRATION_SECRET = secret();
    private static final String OTHER_SECRET = secret();
    private static final String USER = "owner@sme.example";
    private static final String USER_PASSWORD = "Kc-" + secret();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    Organisations organisations;

    private Organisation sme;

    @DynamicPropertySource
    static void keycloakIsTheIssuer(DynamicPropertyRegistry registry) {
        registry.add("uplift.identity.issuer-uri", keycloak::issuerUri);
        registry.add("uplift.identity.client-id", () -> "uplift-ui");
        registry.add("uplift.identity.client-secret", () -> UI_SECRET);
    }

    @BeforeAll
    void registerTheSmeAndStartKeycloak() throws Exception {
        sme = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州云栖智能制造有限公司",
                TestCreditCodes.next(), "330106", "C34", "陈明远", "owner@sme.example", STRONG_PASSWORD));
        keycloak.start(Map.of(
                "UPLIFT_BASE_URL", baseUrl(),
                "UPLIFT_TENANT_ID", sme.getId(),
                "UPLIFT_USER_PASSWORD", USER_PASSWORD,
                "UPLIFT_UI_CLIENT_SECRET", UI_SECRET,
                "UPLIFT_INTEGRATION_CLIENT_SECRET", INTEGRATION_SECRET,
                "UPLIFT_OTHER_CLIENT_SECRET", OTHER_SECRET), Duration.ofMinutes(4));
    }

    @AfterAll
    void stopKeycloak() throws InterruptedException {
        keycloak.close();
    }

    @Test
    void signs_in_at_keycloaks_login_page_and_sees_the_tenants_home_without_api_clients() {
        open("/");
        var login = new KeycloakLoginPage(driver(), keycloak.issuerUri()).waitUntilShown();
        assertThat(login.language()).isEqualTo("zh-CN");
        login.signIn(USER, USER_PASSWORD);

        homePage().waitUntilShown();
        assertThat(shell().currentOrganisation()).isEqualTo(sme.getName());
        assertThat(shell().currentUser()).isEqualTo("陈明远");
        assertThat(shell().navigationPaths()).contains("team").doesNotContain("api-clients");
    }

    @Test
    void the_api_answers_a_keycloak_service_account_token_with_the_tenants_data() throws Exception {
        String token = clientCredentials("uplift-sme-integration", INTEGRATION_SECRET);

        var organisation = get("/api/v1/organisation", token);
        assertThat(organisation.statusCode()).as(organisation.body()).isEqualTo(200);
        JsonNode body = json.readTree(organisation.body());
        assertThat(body.path("id").asText()).isEqualTo(sme.getId());
        assertThat(body.path("name").asText()).isEqualTo(sme.getName());

        JsonNode me = json.readTree(get("/api/v1/me", token).body());
        assertThat(me.path("tenantKind").asText()).isEqualTo("ENTERPRISE");
        assertThat(me.path("roles").toString()).contains("ENTERPRISE_OWNER");
    }

    /** Same tenant claims, signed by the same realm, but issued to a client that is not meant for the API. */
    @Test
    void a_token_keycloak_issued_to_another_client_of_the_realm_is_refused() throws Exception {
        String token = clientCredentials("reporting-tool", OTHER_SECRET);

        assertThat(get("/api/v1/organisation", token).statusCode()).isEqualTo(401);
    }

    @Test
    void api_clients_are_not_issued_by_the_platform_with_an_external_issuer() throws Exception {
        String token = clientCredentials("uplift-sme-integration", INTEGRATION_SECRET);

        var created = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/api-clients"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ERP\",\"roles\":[\"ENTERPRISE_OWNER\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(404);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(created.body()).path("title").asText()).contains("identity provider");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String clientCredentials(String clientId, String secret) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        var response = http.send(HttpRequest.newBuilder(URI.create(keycloak.issuerUri()
                + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("access_token").asText();
    }

    private static String secret() {
        return UUID.randomUUID().toString();
    }
}
