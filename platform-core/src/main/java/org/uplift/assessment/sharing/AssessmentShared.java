package org.uplift.assessment.sharing;

import java.time.Instant;

/**
 * Announced when an SME's assessment becomes visible to a provider (shared, or shared again after a revocation);
 * {@code level} is the assessment's published level, null while it has none.
 */
public record AssessmentShared(String smeTenantId, String assessmentId, String providerTenantId, Integer level,
        Instant sharedAt) {
}
