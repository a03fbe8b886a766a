/**
 * The {@code quote-request} process: one claimable answer task per asked provider, the reminder and the expiry,
 * the SME's choice. The quotes live in platform-core's {@code org.uplift.marketplace.quote}; this package starts
 * and moves the process on its events, and lets the provider's people claim their task ({@link
 * org.uplift.workflows.quote.QuoteTasks}, the module's named interface "quote").
 */
@org.springframework.modulith.NamedInterface("quote")
package org.uplift.workflows.quote;
