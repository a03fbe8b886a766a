package org.uplift.marketplace.quote;

/**
 * The one file a provider may attach to its answer (a detailed offer, a brochure), kept in the SME's tenant.
 *
 * @param contentType sniffed from the content when stored, never the client's claim
 */
public record QuoteAttachment(String fileId, String filename, String contentType, long size) {
}
