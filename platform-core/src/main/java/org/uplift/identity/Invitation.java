package org.uplift.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** A single-use link that lets a colleague join the team with the given roles until it expires. */
@TenantOwned
@Document("invitations")
// the tenant's open invitations, latest expiry first
@CompoundIndex(name = "tenant_accepted_expires", def = "{'tenantId': 1, 'acceptedAt': 1, 'expiresAt': -1}")
public class Invitation {

    @Id
    private String id;
    private String tenantId;
    @Indexed(unique = true)
    private String tokenHash;
    private String email;
    private Set<Role> roles;
    private String invitedBy;
    private Instant expiresAt;
    private Instant acceptedAt;

    protected Invitation() {
    }

    Invitation(String tokenHash, String email, Set<Role> roles, String invitedBy, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getEmail() { return email; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getAcceptedAt() { return acceptedAt; }

    boolean isUsable(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    void markAccepted(Instant when) {
        this.acceptedAt = when;
    }
}
