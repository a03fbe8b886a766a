package org.uplift.assessment.evidence;

/**
 * A file stored under the evidence rules in another feature's bucket ({@link EvidenceFiles#store}).
 *
 * @param contentType the type sniffed from the content when it was stored, never the client's claim
 * @param size        the bytes actually stored
 */
public record StoredEvidence(String id, String filename, String contentType, long size) {
}
