package org.uplift.marketplace.quote;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * One provider's quote for one SME request: what the SME asks (a copy) and the provider's answer or refusal.
 * Tenant-owned by the provider, so no other provider can reach it; the SME has its own copy in its request.
 */
@TenantOwned
@Document(Quote.COLLECTION)
@CompoundIndex(name = "tenant_status_created", def = "{'tenantId': 1, 'status': 1, 'createdAt': -1}")
@CompoundIndex(name = "tenant_created", def = "{'tenantId': 1, 'createdAt': -1}")
public class Quote {

    static final String COLLECTION = "quotes";

    @Id
    private String id;
    private String tenantId;
    @Version
    private Long version;
    private String requestId;
    private String smeTenantId;
    private String smeName;
    private QuoteNeed need;
    private QuoteStatus status;
    private QuoteAnswer answer;
    private QuoteAttachment attachment;
    private String declineReason;
    private String repliedBy;
    private Instant repliedAt;
    private String closedReason;
    private Instant createdAt;
    private Instant expiresAt;

    protected Quote() {
    }

    Quote(String id, String requestId, String smeTenantId, String smeName, QuoteNeed need, Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.requestId = requestId;
        this.smeTenantId = smeTenantId;
        this.smeName = smeName;
        this.need = need;
        this.status = QuoteStatus.OPEN;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void answered(QuoteAnswer answer, QuoteAttachment attachment, String userId, Instant at) {
        this.status = QuoteStatus.ANSWERED;
        this.answer = answer;
        this.attachment = attachment;
        this.repliedBy = userId;
        this.repliedAt = at;
    }

    void declined(String reason, String userId, Instant at) {
        this.status = QuoteStatus.DECLINED;
        this.declineReason = reason;
        this.repliedBy = userId;
        this.repliedAt = at;
    }

    void become(QuoteStatus next, String reason) {
        this.status = next;
        this.closedReason = reason;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getRequestId() { return requestId; }
    public String getSmeTenantId() { return smeTenantId; }
    public String getSmeName() { return smeName; }
    public QuoteNeed getNeed() { return need; }
    public QuoteStatus getStatus() { return status; }
    public QuoteAnswer getAnswer() { return answer; }
    /** The file attached to the answer, if any (kept in the SME's tenant). */
    public java.util.Optional<QuoteAttachment> getAttachment() { return java.util.Optional.ofNullable(attachment); }
    public String getDeclineReason() { return declineReason; }
    public String getRepliedBy() { return repliedBy; }
    public Instant getRepliedAt() { return repliedAt; }
    public String getClosedReason() { return closedReason; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }

    @Override
    public String toString() {
        return "Quote[" + id + " " + status + " " + answer + " " + declineReason + "]";
    }
}
