package org.uplift.marketplace.engagement;

/**
 * One evidence file of a milestone's delivery, stored in the SME's tenant (its 一企一档).
 *
 * @param contentType the type sniffed from the content, never the client's claim
 */
public record MilestoneEvidence(String fileId, String filename, String contentType, long size) {
}
