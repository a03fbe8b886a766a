package org.uplift.assessment.sharing;

/** Announced when an SME revokes a share; {@code diagnosisWithdrawn} when the provider was invited to diagnose. */
public record AssessmentShareRevoked(String smeTenantId, String assessmentId, String providerTenantId,
        boolean diagnosisWithdrawn) {
}
