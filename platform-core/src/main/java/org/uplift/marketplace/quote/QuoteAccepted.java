package org.uplift.marketplace.quote;

import java.time.Instant;

/**
 * The SME's owner accepted one answer: the other quotes are closed, the process ends, and the engagement starts
 * from what was agreed.
 */
public record QuoteAccepted(String smeTenantId, String smeName, String providerTenantId, String providerName,
        String requestId, String quoteId, QuoteNeed need, QuoteAnswer answer, String acceptedBy, Instant acceptedAt) {
}
