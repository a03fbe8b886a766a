package org.uplift.identity;

import java.util.Set;

/** What sign-in and token issuing need to know about a user. */
public record SignInAccount(String userId, String tenantId, String username, String displayName,
        String passwordHash, String locale, Set<Role> roles, boolean enabled) {
}
