package org.uplift.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.uplift.identity.ApiClientRevoked;
import org.uplift.MovableClock;

/**
 * How long a revoked API client's token still works: not at all where it was revoked, at most
 * {@link LiveApiClients#CHECK_EVERY} on another instance (which only sees the database).
 */
class LiveApiClientsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final LiveApiClients live = new LiveApiClients(clientId -> !revoked.contains(clientId), clock, "user_id");

    @Test
    void an_active_clients_token_is_accepted() {
        assertThat(live.validate(token("client:api-1")).hasErrors()).isFalse();
    }

    @Test
    void a_client_revoked_on_another_instance_is_refused_within_the_check_interval() {
        assertThat(live.validate(token("client:api-1")).hasErrors()).isFalse();

        revoked.add("api-1");
        clock.advance(LiveApiClients.CHECK_EVERY.minusSeconds(1));
        boolean stillCached = !live.validate(token("client:api-1")).hasErrors();
        clock.advance(Duration.ofSeconds(1));

        assertThat(stillCached).isTrue();
        assertThat(live.validate(token("client:api-1")).hasErrors()).isTrue();
    }

    @Test
    void a_client_revoked_on_this_instance_is_refused_at_once() {
        assertThat(live.validate(token("client:api-1")).hasErrors()).isFalse();

        revoked.add("api-1");
        live.revoked(new ApiClientRevoked("tenant-1", "api-1"));

        assertThat(live.validate(token("client:api-1")).hasErrors()).isTrue();
    }

    @Test
    void a_persons_token_is_not_looked_up_as_a_client() {
        revoked.add("u-1");
        assertThat(live.validate(token("u-1")).hasErrors()).isFalse();
    }

    private Jwt token(String userId) {
        Instant now = clock.instant();
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("s").audience(List.of("uplift-api"))
                .claim("user_id", userId).issuedAt(now).expiresAt(now.plusSeconds(600)).build();
    }
}
