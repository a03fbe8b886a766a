package org.uplift.security.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded issuer's signing keys. {@code keyEncryptionKey} (base64, 256 bits; env
 * {@code UPLIFT_IDENTITY_KEY_ENCRYPTION_KEY}) encrypts each private key at rest; without one, a key
 * generated into the data directory is used, on a loopback-only demo only. A new signing key is made
 * {@code rotateAfter} the newest was created; a retired key stays published for the longest token
 * lifetime plus {@code refreshEvery} (how often each instance re-reads the keys) plus {@code margin}.
 */
@ConfigurationProperties("uplift.identity.signing")
public record SigningKeyProperties(String keyEncryptionKey, @DefaultValue("P30D") Duration rotateAfter,
        @DefaultValue("PT1M") Duration refreshEvery, @DefaultValue("PT10M") Duration margin) {

    public SigningKeyProperties {
        if (rotateAfter.compareTo(SigningKeys.LONGEST_TOKEN_LIFETIME) <= 0) {
            throw new IllegalArgumentException("uplift.identity.signing.rotate-after must be longer than "
                    + SigningKeys.LONGEST_TOKEN_LIFETIME + ", the longest token lifetime");
        }
    }

    boolean keyEncryptionKeyConfigured() {
        return keyEncryptionKey != null && !keyEncryptionKey.isBlank();
    }
}
