package org.uplift.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.organisation.TestSmes;
import org.uplift.security.CodeFlow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The API takes access tokens meant for it, never the ID token of the same sign-in: that one carries
 * the tenant and roles too, lives 30 minutes and ends up in the browser's address bar on logout.
 */
@UpliftTest
class AccessTokensOnlyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmbeddedIssuerConfiguration.UiClientSecret uiSecret;

    @Test
    void an_id_token_is_refused_by_the_api_and_actuator() {
        JsonNode tokens = signInAsNewOwner();

        assertThat(get("/api/v1/me", tokens.get("id_token").asText()).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics", tokens.get("id_token").asText()).statusCode()).isEqualTo(401);
    }

    @Test
    void the_access_token_of_the_same_sign_in_is_accepted() {
        JsonNode tokens = signInAsNewOwner();

        assertThat(get("/api/v1/me", tokens.get("access_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void access_tokens_name_the_api_as_audience_and_are_typed_at_jwt_and_id_tokens_are_not() {
        JsonNode tokens = signInAsNewOwner();

        String access = tokens.get("access_token").asText();
        assertThat(part(access, 0).get("typ").asText()).isEqualTo("at+jwt");
        assertThat(part(access, 1).get("aud")).extracting(JsonNode::asText).contains("uplift-api", "uplift-ui");
        String id = tokens.get("id_token").asText();
        assertThat(part(id, 0).has("typ") && "at+jwt".equals(part(id, 0).get("typ").asText())).isFalse();
        assertThat(part(id, 1).get("aud").toString()).doesNotContain("uplift-api");
    }

    private JsonNode signInAsNewOwner() {
        var sme = new TestSmes(context).register();
        return new CodeFlow("http://localhost:" + port, "uplift-ui", uiSecret.value())
                .signIn(sme.ownerEmail(), TestSmes.PASSWORD);
    }

    private HttpResponse<String> get(String path, String token) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode part(String jwt, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
