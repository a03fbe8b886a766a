package org.uplift.marketplace.quote;

import java.time.Instant;
import java.util.List;

/** The SME's owner sent a request: the {@code quote-request} process asks each provider (ids in the order asked),
 * until the request expires. */
public record QuoteRequestSent(String smeTenantId, String requestId, List<String> providerTenantIds,
        Instant expiresAt) {
}
