package org.uplift.marketplace.quote;

/** A provider answered or declined, or its quote was closed without a reply: its task in the process is done. */
public record QuoteReplied(String smeTenantId, String requestId, String providerTenantId, QuoteStatus status) {
}
