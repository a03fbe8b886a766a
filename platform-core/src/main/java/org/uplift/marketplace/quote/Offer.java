package org.uplift.marketplace.quote;

import java.time.Instant;

/**
 * One asked provider as the SME's request records it: the provider's quote id and, once it replied, its answer
 * or the reason it declined. The SME's copy of what the provider's {@link Quote} says.
 */
public class Offer {

    private String quoteId;
    private String providerTenantId;
    private String providerName;
    private QuoteStatus status;
    private QuoteAnswer answer;
    private QuoteAttachment attachment;
    private String declineReason;
    private Instant repliedAt;

    protected Offer() {
    }

    Offer(String quoteId, String providerTenantId, String providerName) {
        this.quoteId = quoteId;
        this.providerTenantId = providerTenantId;
        this.providerName = providerName;
        this.status = QuoteStatus.OPEN;
    }

    void answered(QuoteAnswer answer, QuoteAttachment attachment, Instant at) {
        this.status = QuoteStatus.ANSWERED;
        this.answer = answer;
        this.attachment = attachment;
        this.repliedAt = at;
    }

    void declined(String reason, Instant at) {
        this.status = QuoteStatus.DECLINED;
        this.declineReason = reason;
        this.repliedAt = at;
    }

    void become(QuoteStatus next) {
        this.status = next;
    }

    public String getQuoteId() { return quoteId; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getProviderName() { return providerName; }
    public QuoteStatus getStatus() { return status; }
    public QuoteAnswer getAnswer() { return answer; }
    /** The file the provider attached to its answer, if any. */
    public java.util.Optional<QuoteAttachment> getAttachment() { return java.util.Optional.ofNullable(attachment); }
    public String getDeclineReason() { return declineReason; }
    public Instant getRepliedAt() { return repliedAt; }
}
