package org.uplift.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * A machine client of one tenant (OAuth2 client credentials). Its tokens carry that tenant and only
 * the roles its owner granted. The secret is shown once and stored as a hash. It lives as long as its
 * creator stays an owner of the tenant (see {@link Team#changeRoles} and {@link Team#remove}).
 */
@TenantOwned
@Document("api_clients")
// the live clients a member created, to revoke them when that member leaves or stops being an owner
@CompoundIndex(name = "tenant_createdBy_revoked", def = "{'tenantId': 1, 'createdBy': 1, 'revokedAt': 1}")
// the tenant's clients, newest first
@CompoundIndex(name = "tenant_created", def = "{'tenantId': 1, 'createdAt': -1}")
public class ApiClient {

    @Id
    private String id;
    private String tenantId;
    @Indexed(unique = true)
    private String clientId;
    private String name;
    private String secretHash;
    private Set<Role> roles;
    private Instant createdAt;
    private Instant revokedAt;
    /** The owner who created it (or "system"); revoked when that owner leaves or is demoted ({@link Team}). */
    private String createdBy;

    protected ApiClient() {
    }

    ApiClient(String clientId, String name, String secretHash, Set<Role> roles, Instant createdAt, String createdBy) {
        this.createdBy = createdBy;
        this.clientId = clientId;
        this.name = name;
        this.secretHash = secretHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getClientId() { return clientId; }
    public String getName() { return name; }
    public String getSecretHash() { return secretHash; }
    public Set<Role> getRoles() { return Set.copyOf(roles); }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getCreatedBy() { return createdBy; }

    public boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant when) {
        this.revokedAt = when;
    }
}
