package org.uplift.assessment;

/** An assessment named with its tenant, for work that spans tenants (reconciling journeys). */
public record AssessmentRef(String tenantId, String assessmentId) {
}
