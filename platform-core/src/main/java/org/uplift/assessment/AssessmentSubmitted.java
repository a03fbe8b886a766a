package org.uplift.assessment;

/** Announced when an SME's owner submits an assessment; its scores are stored by then. */
public record AssessmentSubmitted(String tenantId, String assessmentId, String frameworkId, String frameworkVersion) {
}
