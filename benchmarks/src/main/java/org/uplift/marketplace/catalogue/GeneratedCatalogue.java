package org.uplift.marketplace.catalogue;

import java.time.Instant;

import org.uplift.marketplace.solution.PackageContent;

/** A catalogue projection entry as the catalogue's listener writes it for a published package of an admitted provider. */
public final class GeneratedCatalogue {

    private GeneratedCatalogue() {
    }

    public static CatalogueEntry listed(String packageId, String providerTenantId, String providerName, int version,
            PackageContent content, Instant publishedAt) {
        CatalogueEntry entry = new CatalogueEntry(packageId, providerTenantId);
        entry.show(providerName, version, content, publishedAt, true, publishedAt);
        return entry;
    }
}
