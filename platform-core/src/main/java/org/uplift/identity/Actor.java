package org.uplift.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting, as the platform knows it now: a member with the roles of its live membership, an
 * active API client with the roles its owner granted, or system work ({@link SystemWork}). Built only
 * inside identity, from the stored membership or client, so no caller can hand in an owner of its own.
 */
public final class Actor {

    /** The user id recorded for system work. */
    public static final String SYSTEM = "system";

    enum Kind { MEMBER, CLIENT, SYSTEM }

    private final Kind kind;
    private final String userId;
    private final String tenantId;
    private final Set<Role> roles;

    Actor(Kind kind, String userId, String tenantId, Set<Role> roles) {
        this.kind = kind;
        this.userId = userId;
        this.tenantId = tenantId;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static Actor member(Membership membership) {
        return new Actor(Kind.MEMBER, membership.getUserId(), membership.getTenantId(), membership.getRoles());
    }

    static Actor client(ApiClient client) {
        return new Actor(Kind.CLIENT, "client:" + client.getClientId(), client.getTenantId(), client.getRoles());
    }

    static Actor system(String tenantId) {
        return new Actor(Kind.SYSTEM, SYSTEM, tenantId, Set.of());
    }

    public String userId() { return userId; }
    public String tenantId() { return tenantId; }
    public Set<Role> roles() { return roles; }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An owner of its tenant; system work acts with an owner's rights. */
    public boolean isOwner() {
        return kind == Kind.SYSTEM || roles.stream().anyMatch(Role::isOwner);
    }

    public boolean isSystem() {
        return kind == Kind.SYSTEM;
    }

    public boolean isClient() {
        return kind == Kind.CLIENT;
    }

    @Override
    public String toString() {
        return "Actor[" + kind + " " + userId + "@" + tenantId + " " + roles + "]";
    }
}
