package org.uplift.identity;

import java.time.Instant;
import java.util.Set;

/** A member of the current tenant's team, as the team page shows it. */
public record TeamMember(String userId, String displayName, String email, Set<Role> roles, Instant since) {
}
