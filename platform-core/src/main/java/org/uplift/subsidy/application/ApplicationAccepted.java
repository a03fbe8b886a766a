package org.uplift.subsidy.application;

import java.time.Instant;

/**
 * The authority's evaluator confirmed the project on site: the level reached meets the programme's minimum and the
 * amount is final (recomputed with the confirmed level and the actual costs, never above the reservation). The claim
 * journey starts from here.
 */
public record ApplicationAccepted(String applicationId, String authorityTenantId, String smeTenantId,
        String providerTenantId, String programmeId, int confirmedLevel, long amountFen, Instant acceptedAt) {
}
