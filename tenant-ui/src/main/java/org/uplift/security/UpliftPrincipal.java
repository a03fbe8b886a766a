package org.uplift.security;

import java.util.Set;

import org.uplift.identity.Role;
import org.uplift.tenancy.TenantKind;

/** Who is calling: a person (UI or API) or a machine client of one tenant. */
public record UpliftPrincipal(String userId, String name, String tenantId, TenantKind tenantKind, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOwner() {
        return roles.stream().anyMatch(Role::isOwner);
    }
}
