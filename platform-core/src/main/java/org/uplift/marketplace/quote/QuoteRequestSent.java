package org.uplift.marketplace.quote;

import java.util.List;

/** The SME's owner sent a request: the {@code quote-request} process asks each provider (ids in the order asked). */
public record QuoteRequestSent(String smeTenantId, String requestId, List<String> providerTenantIds) {
}
