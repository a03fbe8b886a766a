package org.uplift.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** What an external issuer's token must look like for the API: Keycloak's ID tokens say typ "ID". */
class ApiTokensTest {

    private static final String ISSUER = "https://keycloak.example/realms/uplift";

    @Test
    void an_external_access_token_for_the_api_is_accepted() {
        assertThat(ApiTokens.external(ISSUER, "uplift-api").validate(token("Bearer", List.of("uplift-api", "account")))
                .hasErrors()).isFalse();
    }

    @Test
    void an_external_id_token_is_refused_even_when_it_names_the_api() {
        assertThat(ApiTokens.external(ISSUER, "uplift-api").validate(token("ID", List.of("uplift-api")))
                .hasErrors()).isTrue();
    }

    @Test
    void an_external_token_for_another_audience_is_refused() {
        assertThat(ApiTokens.external(ISSUER, "uplift-api").validate(token("Bearer", List.of("account")))
                .hasErrors()).isTrue();
    }

    @Test
    void an_embedded_token_without_the_access_token_type_is_refused() {
        Jwt untyped = Jwt.withTokenValue("t").header("alg", "RS256").header("typ", "JWT").issuer(ISSUER)
                .audience(List.of("uplift-api")).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .build();
        assertThat(ApiTokens.embedded("uplift-api").validate(untyped).hasErrors()).isTrue();
    }

    private static Jwt token(String type, List<String> audience) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("t").header("alg", "RS256").header("typ", "JWT").issuer(ISSUER).audience(audience)
                .claim("typ", type).issuedAt(now).expiresAt(now.plusSeconds(300)).build();
    }
}
