package org.uplift.marketplace.admission;

/** A provider applied to an authority's pool: the admission process starts. */
public record PoolApplicationSubmitted(String applicationId, String providerTenantId, String authorityTenantId) {
}
