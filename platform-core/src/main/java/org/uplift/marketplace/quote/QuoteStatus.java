package org.uplift.marketplace.quote;

/**
 * One provider's quote: OPEN (waiting for the provider), ANSWERED or DECLINED by it, then ACCEPTED by the SME,
 * CLOSED (the SME accepted another, or the provider left the pool) or EXPIRED (the request ran out of time).
 */
public enum QuoteStatus {
    OPEN, ANSWERED, DECLINED, ACCEPTED, CLOSED, EXPIRED;

    /** Still part of a running request: the provider may answer, or the SME may accept. */
    public boolean isLive() {
        return this == OPEN || this == ANSWERED;
    }
}
