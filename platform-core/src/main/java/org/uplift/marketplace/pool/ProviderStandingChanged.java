package org.uplift.marketplace.pool;

/** A provider's pool standing changed: the catalogue shows or drops its packages at once. */
public record ProviderStandingChanged(String providerTenantId, PoolStatus status) {

    public boolean admitted() {
        return status == PoolStatus.ADMITTED;
    }
}
