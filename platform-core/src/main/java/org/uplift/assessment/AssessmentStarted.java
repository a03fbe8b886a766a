package org.uplift.assessment;

/**
 * Announced when an SME starts an assessment or re-assesses; {@code previousAssessmentId} is the T0
 * a re-assessment is linked to (null for the first).
 */
public record AssessmentStarted(String tenantId, String assessmentId, String startedBy, String previousAssessmentId) {
}
