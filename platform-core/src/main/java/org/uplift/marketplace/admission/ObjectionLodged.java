package org.uplift.marketplace.admission;

/** Someone objected to an application during its public notice: the case goes back to review. */
public record ObjectionLodged(String applicationId, String authorityTenantId) {
}
