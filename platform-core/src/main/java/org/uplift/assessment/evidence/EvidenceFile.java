package org.uplift.assessment.evidence;

import java.time.Instant;

/**
 * One stored evidence file of an assessment's indicator (question).
 *
 * @param contentType the type sniffed from the content when it was attached, never the client's claim
 * @param size        the bytes actually stored
 */
public record EvidenceFile(String id, String assessmentId, String indicatorKey, String filename, String contentType,
        long size, String uploadedBy, Instant uploadedAt) {
}
