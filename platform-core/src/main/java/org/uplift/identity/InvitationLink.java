package org.uplift.identity;

import java.time.Instant;

/** A freshly created invitation: the token exists only here and in the link passed on. */
public record InvitationLink(String invitationId, String token, Instant expiresAt) {

    public String path() {
        return "/invite/" + token;
    }
}
