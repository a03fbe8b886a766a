package org.uplift.organisation;

import java.time.Instant;

/**
 * A registration waits for its owner to confirm the address: the link ({@code path}, relative to the
 * platform's base URL) is to be mailed to {@code email}, and only there.
 */
public record RegistrationConfirmationRequested(String email, String path, Instant expiresAt, String locale) {
}
