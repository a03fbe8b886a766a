package org.uplift.demo;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.uplift.identity.PasswordPolicy;
import org.uplift.validation.Violations;

/**
 * The platform admin's password and the platform API client's secret: never published, generated when the
 * demo platform tenant is seeded and printed once in the log. Only their bcrypt hashes are stored; this
 * process keeps them in memory (empty when it did not seed them) so tests can sign in as the platform admin.
 */
@Component
public class DemoCredentials {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 24;

    private final SecureRandom random = new SecureRandom();
    private volatile String platformAdminPassword;
    private volatile String platformApiSecret;

    /** 24 characters of 57 (about 140 bits) that pass the password policy. */
    String generate() {
        while (true) {
            var secret = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = secret.toString();
            var violations = new Violations();
            PasswordPolicy.check(candidate, DemoData.PLATFORM_ADMIN, "password", violations);
            if (violations.isEmpty()) {
                return candidate;
            }
        }
    }

    void rememberPlatform(String adminPassword, String apiSecret) {
        this.platformAdminPassword = adminPassword;
        this.platformApiSecret = apiSecret;
    }

    /** The platform admin's generated password, if this process seeded it. */
    public Optional<String> platformAdminPassword() {
        return Optional.ofNullable(platformAdminPassword);
    }

    /** The platform API client's generated secret, if this process seeded it. */
    public Optional<String> platformApiSecret() {
        return Optional.ofNullable(platformApiSecret);
    }
}
