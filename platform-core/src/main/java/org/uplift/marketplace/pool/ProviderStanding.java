package org.uplift.marketplace.pool;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A provider's standing in the pool, one per provider tenant (its id is the provider's tenant id). Not
 * tenant-owned: the provider, the authority that admits it and every SME's catalogue read it; only
 * {@link ProviderPool} writes it.
 *
 * @see PoolStatus
 */
@Document(ProviderStanding.COLLECTION)
public class ProviderStanding {

    static final String COLLECTION = "provider_standings";

    @Id
    private String providerTenantId;
    @Indexed
    private PoolStatus status;
    /** The authority whose pool it is; null where it is not known yet (demo data). */
    private String authorityTenantId;
    private String reason;
    private String changedBy;
    private Instant changedAt;
    private String lastWarning;
    private Instant warnedAt;
    @Version
    private Long version;

    protected ProviderStanding() {
    }

    ProviderStanding(String providerTenantId, String authorityTenantId) {
        this.providerTenantId = providerTenantId;
        this.authorityTenantId = authorityTenantId;
    }

    void change(PoolStatus next, String reason, String userId, Instant now) {
        this.status = next;
        this.reason = reason;
        this.changedBy = userId;
        this.changedAt = now;
    }

    void warn(String reason, String userId, Instant now) {
        this.lastWarning = reason;
        this.warnedAt = now;
        this.changedBy = userId;
    }

    public boolean isAdmitted() {
        return status == PoolStatus.ADMITTED;
    }

    public String getProviderTenantId() { return providerTenantId; }
    public PoolStatus getStatus() { return status; }
    public String getAuthorityTenantId() { return authorityTenantId; }
    public String getReason() { return reason; }
    public String getChangedBy() { return changedBy; }
    public Instant getChangedAt() { return changedAt; }
    public Long getVersion() { return version; }
    public String getLastWarning() { return lastWarning; }
    public Instant getWarnedAt() { return warnedAt; }
}
