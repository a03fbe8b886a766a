package org.uplift.security;

import java.util.Set;

import org.uplift.identity.Role;
import org.uplift.tenancy.TenantKind;

/** Who is calling: a person (UI or API) or a machine client of one tenant. */
public record UpliftPrincipal(String userId, String name, String tenantId, TenantKind tenantKind, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same principal with other roles (the live ones, see {@link CurrentUser}). */
    public UpliftPrincipal withRoles(Set<Role> live) {
        return new UpliftPrincipal(userId, name, tenantId, tenantKind, Set.copyOf(live));
    }

    public boolean isOwner() {
        return roles.stream().anyMatch(Role::isOwner);
    }
}
