package org.uplift.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One counter of {@link SignInThrottle}: attempts of one key in one window, or an address an account
 * signed in from. Platform-wide (sign-in happens before any tenant is known); keys are hashes, so
 * neither e-mail addresses nor client addresses are stored.
 */
@Document("sign_in_attempts")
class SignInAttempts {

    @Id
    private String id;
    private int count;
    @Indexed(expireAfter = "0s")
    private Instant expiresAt;

    protected SignInAttempts() {
    }

    int getCount() { return count; }
    Instant getExpiresAt() { return expiresAt; }
}
