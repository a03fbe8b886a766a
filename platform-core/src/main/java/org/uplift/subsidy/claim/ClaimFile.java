package org.uplift.subsidy.claim;

/** A file of a filed claim, stored in the SME's bucket {@code claim_evidence}. */
public record ClaimFile(ClaimFileKind kind, String fileId, String filename, String contentType, long size) {
}
