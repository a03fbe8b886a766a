package org.uplift.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** A user's place in a tenant: the roles it holds there. */
@TenantOwned
@Document("memberships")
@CompoundIndex(name = "tenant_user", def = "{'tenantId': 1, 'userId': 1}", unique = true)
// the team in the order people joined
@CompoundIndex(name = "tenant_since", def = "{'tenantId': 1, 'since': 1}")
public class Membership {

    @Id
    private String id;
    private String tenantId;
    private String userId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Instant since;

    protected Membership() {
    }

    public Membership(String userId, Set<Role> roles, Instant since) {
        this.userId = userId;
        this.roles = EnumSet.copyOf(roles);
        this.since = since;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getUserId() { return userId; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public Instant getSince() { return since; }

    void setRoles(Set<Role> roles) {
        this.roles = EnumSet.copyOf(roles);
    }

    public boolean isOwner() {
        return roles.stream().anyMatch(Role::isOwner);
    }
}
