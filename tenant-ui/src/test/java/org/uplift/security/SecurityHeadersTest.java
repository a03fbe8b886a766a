package org.uplift.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.identity.Role;
import org.uplift.organisation.TestSmes;

/** The browser protections on the API, the sign-in page, a Vaadin page and error responses of both. */
@UpliftTest
class SecurityHeadersTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void the_api_answers_with_a_policy_that_loads_nothing_and_the_common_headers() throws Exception {
        var smes = new TestSmes(context);
        var client = smes.apiClient(smes.register(), Role.ENTERPRISE_OWNER);
        var response = get("/api/v1/me", "Bearer " + token(client.clientId(), client.secret()), "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(csp(response)).isEqualTo("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        assertCommonHeaders(response);
    }

    @Test
    void api_errors_carry_the_headers_too() throws Exception {
        var unauthenticated = get("/api/v1/me", null, "application/json");
        var unknown = get("/api/v1/no-such-thing", "Bearer not-a-token", "application/json");

        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(csp(unauthenticated)).startsWith("default-src 'none'");
        assertCommonHeaders(unauthenticated);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertCommonHeaders(unknown);
    }

    @Test
    void the_sign_in_page_has_the_ui_policy_and_an_http_only_same_site_session_cookie() throws Exception {
        var response = get("/idp/login", null, "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertUiPolicy(response);
        assertCommonHeaders(response);
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax")
                        .doesNotContain("Secure"));
    }

    @Test
    void a_vaadin_page_has_the_ui_policy() throws Exception {
        var response = get("/register", null, "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<html");
        assertUiPolicy(response);
        assertCommonHeaders(response);
    }

    @Test
    void an_error_page_of_the_ui_carries_the_headers() throws Exception {
        // the issuer's authorization endpoint asked for a client it does not know: an error (400), whose error
        // page an anonymous visitor is sent to sign in for (302); the headers are on what is answered
        var response = get("/oauth2/authorize?response_type=code&scope=openid&client_id=no-such-client"
                + "&redirect_uri=http%3A%2F%2Flocalhost%2Fcb", null, "text/html");

        assertThat(response.statusCode()).isIn(400, 302);
        assertUiPolicy(response);
        assertCommonHeaders(response);
    }

    private static void assertUiPolicy(HttpResponse<String> response) {
        assertThat(csp(response)).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'").doesNotContain("*");
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).get().asString()
                .contains("camera=()", "microphone=()", "geolocation=()");
        // plain HTTP from a client that is no trusted proxy: no HSTS
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static String csp(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
        return response.headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    private String token(String clientId, String secret) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes());
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> get(String path, String authorization, String accept)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
