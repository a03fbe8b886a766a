package org.uplift.marketplace.catalogue;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.uplift.marketplace.solution.CostCategory;

/**
 * The catalogue's search index and subsidy hint.
 *
 * @param indexDirectory            blank: the Lucene index lives in memory ({@code ByteBuffersDirectory});
 *                                  a path: on disk there (e.g. {@code ./data/catalogue-index}), to spare heap
 *                                  on large catalogues. Either way it is rebuilt from MongoDB at start-up.
 * @param subsidyEligibleCategories cost categories that make a package "subsidy-eligible" in the filter
 *                                  (Hangzhou's pilot funds software, cloud services and data-collection
 *                                  hardware); a programme's own rules decide the real amount later
 * @param maxPageSize               the largest page a search may ask for
 */
@ConfigurationProperties("uplift.marketplace.catalogue")
public record CatalogueProperties(
        @DefaultValue("") String indexDirectory,
        @DefaultValue({"SOFTWARE", "CLOUD_SERVICE", "DATA_COLLECTION_HARDWARE"}) Set<CostCategory> subsidyEligibleCategories,
        @DefaultValue("100") int maxPageSize) {

    public CatalogueProperties {
        subsidyEligibleCategories = subsidyEligibleCategories == null ? Set.of() : Set.copyOf(subsidyEligibleCategories);
    }

    public boolean inMemory() {
        return indexDirectory == null || indexDirectory.isBlank();
    }
}
