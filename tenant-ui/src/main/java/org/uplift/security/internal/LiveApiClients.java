package org.uplift.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.uplift.identity.ApiClientRevoked;

/**
 * An API client's token is accepted only while the client is active: revoking it refuses the tokens
 * it already holds (10 minutes' lifetime) at once on the instance that revoked it and within
 * {@link #CHECK_EVERY} on the others, which keep the answer that long per client id.
 */
final class LiveApiClients implements OAuth2TokenValidator<Jwt> {

    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    static final String CLIENT_PREFIX = "client:";

    private final Predicate<String> active;
    private final Clock clock;
    private final String userIdClaim;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    LiveApiClients(Predicate<String> active, Clock clock, String userIdClaim) {
        this.active = active;
        this.clock = clock;
        this.userIdClaim = userIdClaim;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String userId = token.getClaimAsString(userIdClaim);
        if (userId == null || !userId.startsWith(CLIENT_PREFIX)) {
            return OAuth2TokenValidatorResult.success();
        }
        return isActive(userId.substring(CLIENT_PREFIX.length())) ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "The API client was revoked", null));
    }

    private boolean isActive(String clientId) {
        Instant now = clock.instant();
        Checked last = checked.get(clientId);
        if (last != null && now.isBefore(last.at().plus(CHECK_EVERY))) {
            return last.active();
        }
        boolean answer = active.test(clientId);
        checked.put(clientId, new Checked(answer, now));
        return answer;
    }

    @EventListener
    void revoked(ApiClientRevoked event) {
        checked.remove(event.clientId());
    }

    private record Checked(boolean active, Instant at) {
    }
}
