package org.uplift.identity;

import java.time.Instant;

/** Announced when an owner invites a colleague, so the link can be mailed where mail is configured. */
public record InvitationSent(String tenantId, String email, String path, Instant expiresAt) {
}
