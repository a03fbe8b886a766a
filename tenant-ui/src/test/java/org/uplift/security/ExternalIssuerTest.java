package org.uplift.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uplift.UpliftApplication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * With an external issuer configured, the embedded one is off and the platform trusts that issuer's
 * tokens and sends its users there to sign in. The "external" issuer here is a second Uplift instance
 * in a child JVM: a real OIDC provider on its own port.
 */
@SpringBootTest(classes = UpliftApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "uplift.mongo.embedded.file=mem:", "uplift.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:external-issuer-client;DB_CLOSE_DELAY=-1"})
class ExternalIssuerTest {

    private static final String ISSUER_UI_SECRET = "issuer-ui-secret";
    private static Process issuer;
    private static int issuerPort;
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void useAnotherInstanceAsIssuer(DynamicPropertyRegistry registry) {
        startIssuer();
        registry.add("uplift.identity.issuer-uri", () -> issuerUrl());
        registry.add("uplift.identity.client-id", () -> "uplift-ui");
        registry.add("uplift.identity.client-secret", () -> "not-used-in-this-test");
    }

    /** Its own JVM: two Vaadin applications in one JVM would share Spring Security's static context holder. */
    private static void startIssuer() {
        try (var socket = new java.net.ServerSocket(0)) {
            issuerPort = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String javaBin = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            issuer = new ProcessBuilder(javaBin, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                    UpliftApplication.class.getName(), "--server.port=" + issuerPort, "--uplift.demo.enabled=true",
                    "--uplift.mongo.embedded.file=mem:",
                    "--spring.datasource.url=jdbc:h2:mem:issuer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "--camunda.bpm.job-execution.enabled=false", "--uplift.identity.client-secret=" + ISSUER_UI_SECRET)
                    .redirectErrorStream(true)
                    .redirectOutput(new java.io.File("target/external-issuer.log"))
                    .start();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline && issuer.isAlive()) {
                try {
                    var ready = http.send(HttpRequest.newBuilder(URI.create(issuerUrl() + "/actuator/health/readiness"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (java.io.IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException("The issuer instance did not start; see target/external-issuer.log");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopIssuer() {
        if (issuer != null) {
            issuer.destroyForcibly();
        }
    }

    static String issuerUrl() {
        return "http://localhost:" + issuerPort;
    }

    @Test
    void api_accepts_tokens_of_the_external_issuer_with_its_tenant_claims() throws Exception {
        String token = clientCredentialsToken("demo-enterprise-api", "demo-enterprise-secret");

        var me = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("tenantKind").asText()).isEqualTo("ENTERPRISE");
        assertThat(body.get("roles").toString()).contains("ENTERPRISE_OWNER");
        assertThat(body.get("tenantId").asText()).isNotBlank();
    }

    @Test
    void a_tampered_token_is_refused() throws Exception {
        String[] parts = clientCredentialsToken("demo-enterprise-api", "demo-enterprise-secret").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ENTERPRISE_OWNER", "PLATFORM_ADMIN");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        var me = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + forged).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(401);
    }

    /** The platform would hand out credentials its issuer-less API never honours: the identity provider issues them. */
    @Test
    void api_clients_answer_that_the_identity_provider_issues_them() throws Exception {
        String token = clientCredentialsToken("demo-enterprise-api", "demo-enterprise-secret");

        var created = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/api-clients"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ERP\",\"roles\":[\"ENTERPRISE_OWNER\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        var listed = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/api-clients"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(404);
        assertThat(created.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json.readTree(created.body()).get("title").asText()).isEqualTo("API 客户端由身份提供方签发");
        assertThat(created.body()).doesNotContain("clientSecret");
        assertThat(listed.statusCode()).isEqualTo(404);
        assertThat(json.readTree(listed.body()).get("title").asText())
                .isEqualTo("API clients are issued by the identity provider");
    }

    @Test
    void an_id_token_of_the_external_issuer_is_refused_as_it_is_not_meant_for_the_api() throws Exception {
        JsonNode tokens = new CodeFlow(issuerUrl(), "uplift-ui", ISSUER_UI_SECRET)
                .signIn("owner@sme.demo", "Uplift-demo-2026");
        String idToken = tokens.get("id_token").asText();
        assertThat(json.readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1])).get("tenant_id"))
                .as("the ID token carries the tenant, so only its audience tells it apart").isNotNull();

        assertThat(callMe(idToken).statusCode()).isEqualTo(401);
        assertThat(callMe(tokens.get("access_token").asText()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> callMe(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_embedded_issuer_is_off_and_sign_in_goes_to_the_external_one_with_pkce() throws Exception {
        var discovery = http.send(HttpRequest.newBuilder(URI.create(base() + "/.well-known/openid-configuration"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.body()).doesNotContain("token_endpoint");

        var login = http.send(HttpRequest.newBuilder(URI.create(base() + "/oauth2/authorization/uplift")).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(issuerUrl() + "/oauth2/authorize").contains("code_challenge=")
                .contains("code_challenge_method=S256");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String clientCredentialsToken(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create(issuerUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asText();
    }
}
