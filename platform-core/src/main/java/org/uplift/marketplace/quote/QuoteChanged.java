package org.uplift.marketplace.quote;

import java.time.Instant;

/**
 * A provider's quote was written: created by the SME's sending, answered or declined by the provider, accepted,
 * closed or expired. Carries the quote's whole state, so applying it twice changes nothing.
 */
public record QuoteChanged(String providerTenantId, String smeTenantId, String smeName, String quoteId,
        String requestId, QuoteStatus status, Instant at) {

    static QuoteChanged of(Quote quote, Instant at) {
        return new QuoteChanged(quote.getTenantId(), quote.getSmeTenantId(), quote.getSmeName(), quote.getId(),
                quote.getRequestId(), quote.getStatus(), at);
    }
}
