/**
 * Quote requests (询价/报价): an SME asks one to three admitted providers for a quote on a published package
 * version or on a free-text need; each provider answers (price in cost lines, scope, timeline, milestones) or
 * declines; the SME's owner accepts one answer, which becomes an engagement.
 * <p>
 * <b>A copy per side.</b> The SME's request lives in {@code quote_requests} (tenant-owned by the SME, with one
 * offer per asked provider, answers included, for the side-by-side comparison); each provider's quote lives in
 * {@code quotes} (tenant-owned by that provider). Each side therefore lists and reads only documents of its own
 * tenant, through the automatic tenant filter: provider A has no document that names provider B's quote, and
 * no read ever crosses tenants. The only step that crosses is the hand-over write (sending creates the
 * providers' quotes, an answer updates the SME's offer, accepting, closing or expiring updates the providers'
 * quotes), done here, inside {@link org.uplift.marketplace.quote.QuoteRequests} and
 * {@link org.uplift.marketplace.quote.ProviderQuotes} only, as the receiving tenant, by id.
 */
@org.springframework.modulith.NamedInterface("quote")
package org.uplift.marketplace.quote;
