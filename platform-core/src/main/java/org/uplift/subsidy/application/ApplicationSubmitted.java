package org.uplift.subsidy.application;

/** An application passed the retrospective rule: the journey starts in the authority's tenant. */
public record ApplicationSubmitted(String applicationId, String authorityTenantId, String smeTenantId,
        String programmeId) {
}
