package org.uplift.marketplace.rating;

import java.math.BigDecimal;

/** A provider's public rating changed: the catalogue shows the new average. */
public record ProviderRated(String providerTenantId, BigDecimal average, long count) {
}
