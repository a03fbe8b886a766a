package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.organisation.TestSmes;
import org.uplift.UpliftTest;
import org.uplift.demo.DemoCredentials;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;

import com.fasterxml.jackson.databind.JsonNode;

/** Who may call what: bearer tokens from the embedded issuer, their claims, the webapps and actuator. */
@UpliftTest
class ApiSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApiClients apiClients;
    @Autowired
    DemoCredentials demo;

    ApiHttp http;
    TestSmes smes;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
        smes = new TestSmes(context);
    }

    @Test
    void the_api_refuses_a_call_without_a_token() {
        assertThat(http.get("/api/v1/me", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/v1/company-profile", null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_api_refuses_a_forged_token() {
        assertThat(http.get("/api/v1/me", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").statusCode()).isEqualTo(401);
    }

    @Test
    void an_api_clients_token_carries_its_tenant_the_tenant_kind_and_the_granted_roles() {
        var sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);

        JsonNode claims = ApiHttp.claims(http.token(client.clientId(), client.secret()));

        assertThat(claims.get("tenant_id").asText()).isEqualTo(sme.tenantId());
        assertThat(claims.get("tenant_kind").asText()).isEqualTo("ENTERPRISE");
        assertThat(claims.get("roles")).extracting(JsonNode::asText).containsExactly("ENTERPRISE_OWNER");
        assertThat(claims.get("user_id").asText()).isEqualTo("client:" + client.clientId());
        assertThat(claims.get("iss").asText()).isEqualTo(http.discovery().get("issuer").asText());
        assertThat(claims.get("aud")).extracting(JsonNode::asText).contains("uplift-api");
    }

    @Test
    void me_reflects_the_claims_of_the_token() {
        var sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_MEMBER);

        var response = http.get("/api/v1/me", http.token(client.clientId(), client.secret()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = ApiHttp.json(response);
        assertThat(me.get("tenantId").asText()).isEqualTo(sme.tenantId());
        assertThat(me.get("tenantKind").asText()).isEqualTo("ENTERPRISE");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("ENTERPRISE_MEMBER");
        assertThat(me.get("userId").asText()).isEqualTo("client:" + client.clientId());
        assertThat(me.get("name").asText()).isEqualTo("Test client");
    }

    @Test
    void a_revoked_api_client_gets_no_more_tokens() {
        var sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        assertThat(http.requestToken(client.clientId(), client.secret()).statusCode()).isEqualTo(200);

        TenantContext.runAs(sme.tenantId(), () -> org.uplift.identity.SystemWork.run("the owner revokes",
                () -> apiClients.revoke(client.client().getId())));

        var refused = http.requestToken(client.clientId(), client.secret());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(ApiHttp.json(refused).get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void a_revoked_api_clients_token_is_refused_at_once_not_only_when_it_expires() {
        var sme = smes.register();
        var client = smes.apiClient(sme, Role.ENTERPRISE_OWNER);
        String token = http.token(client.clientId(), client.secret());
        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(200);

        TenantContext.runAs(sme.tenantId(), () -> org.uplift.identity.SystemWork.run("the owner revokes",
                () -> apiClients.revoke(client.client().getId())));

        assertThat(http.get("/api/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_wrong_secret_gets_no_token() {
        var client = smes.apiClient(smes.register(), Role.ENTERPRISE_OWNER);
        assertThat(http.requestToken(client.clientId(), client.secret() + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void the_issuer_publishes_its_discovery_document_and_the_key_that_signs_its_tokens() {
        JsonNode discovery = http.discovery();
        assertThat(discovery.get("issuer").asText()).isEqualTo("http://localhost:" + port);
        assertThat(discovery.get("token_endpoint").asText()).endsWith("/oauth2/token");
        assertThat(discovery.get("authorization_endpoint").asText()).endsWith("/oauth2/authorize");

        var jwks = http.get(discovery.get("jwks_uri").asText(), null);
        assertThat(jwks.statusCode()).isEqualTo(200);
        var client = smes.apiClient(smes.register(), Role.ENTERPRISE_OWNER);
        String kid = ApiHttp.header(http.token(client.clientId(), client.secret())).get("kid").asText();
        assertThat(ApiHttp.json(jwks).get("keys")).extracting(key -> key.get("kid").asText()).contains(kid);
    }

    @Test
    void the_camunda_webapps_send_a_visitor_without_login_to_the_sign_in_page() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String location = http.url("/camunda/app/");
        HttpResponse<String> response = null;
        for (int hop = 0; hop < 5 && !location.contains("/idp/login"); hop++) {
            response = browser.send(HttpRequest.newBuilder(URI.create(http.url(location)))
                    .header("Accept", "text/html").build(), BodyHandlers.ofString());
            assertThat(response.statusCode()).as("hop %d to %s", hop, location).isEqualTo(302);
            location = response.headers().firstValue("Location").orElseThrow();
        }
        assertThat(location).contains("/idp/login");
        var loginPage = browser.send(HttpRequest.newBuilder(URI.create(http.url(location))).build(),
                BodyHandlers.ofString());
        assertThat(loginPage.body()).contains("id=\"username\"", "id=\"password\"", "id=\"sign-in\"");
    }

    @Test
    void health_shows_mongo_and_camunda_to_a_platform_admin_only() {
        var anonymous = ApiHttp.json(http.get("/actuator/health", null));
        assertThat(anonymous.get("status").asText()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();

        var response = http.get("/actuator/health",
                http.token("demo-platform-api", demo.platformApiSecret().orElseThrow()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode components = ApiHttp.json(response).get("components");
        assertThat(components.get("mongo").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("camunda").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("camunda").get("details").get("deployments").asLong()).isPositive();
    }

    @Test
    void the_platform_api_client_gets_no_token_with_the_once_published_secret() {
        assertThat(http.requestToken("demo-platform-api", "demo-platform-secret").statusCode()).isEqualTo(401);
        assertThat(http.requestToken("demo-platform-api", demo.platformApiSecret().orElseThrow()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void health_details_stay_hidden_from_an_enterprise_owner() {
        var client = smes.apiClient(smes.register(), Role.ENTERPRISE_OWNER);
        var health = ApiHttp.json(http.get("/actuator/health", http.token(client.clientId(), client.secret())));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
    }

    @Test
    void prometheus_metrics_are_served_to_a_platform_admin() {
        var response = http.get("/actuator/prometheus", http.token("demo-platform-api", demo.platformApiSecret().orElseThrow()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes", "process_uptime_seconds");
    }

    @Test
    void only_health_and_its_probes_are_open_to_anonymous_callers() {
        assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/metrics",
                "/actuator/health/mongo"}) {
            assertThat(http.get(endpoint, null).statusCode()).as(endpoint).isEqualTo(401);
        }
    }

    @Test
    void metrics_are_refused_to_an_enterprise_owner() {
        var client = smes.apiClient(smes.register(), Role.ENTERPRISE_OWNER);
        String token = http.token(client.clientId(), client.secret());
        assertThat(http.get("/actuator/prometheus", token).statusCode()).isEqualTo(403);
        assertThat(http.get("/actuator/metrics", token).statusCode()).isEqualTo(403);
    }
}
