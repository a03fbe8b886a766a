package org.uplift.marketplace.catalogue;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.marketplace.solution.PackageContent;

/**
 * The catalogue's projection of one package: its latest published version, whether the provider still
 * offers it ({@code listed}) and whether the provider is admitted to the pool ({@code admitted}). Visible
 * to SMEs only when both hold. Platform-level (not tenant-owned), written only by {@link Catalogue} from
 * the publish, withdraw and standing events, and the source the search index is rebuilt from.
 */
@Document(CatalogueEntry.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "provider", def = "{'providerTenantId': 1}"),
        @CompoundIndex(name = "visible", def = "{'listed': 1, 'admitted': 1}")})
public class CatalogueEntry {

    static final String COLLECTION = "catalogue_entries";

    @Id
    private String packageId;
    private String providerTenantId;
    private String providerName;
    private int version;
    private PackageContent content;
    private Instant publishedAt;
    private boolean listed;
    private boolean admitted;
    /** The provider's public rating, 0–5 with one decimal, from {@code ProviderRatings}; 0 while unrated. */
    private BigDecimal providerRating = BigDecimal.ZERO;
    @Indexed
    private Instant updatedAt;

    protected CatalogueEntry() {
    }

    CatalogueEntry(String packageId, String providerTenantId) {
        this.packageId = packageId;
        this.providerTenantId = providerTenantId;
    }

    void show(String providerName, int version, PackageContent content, Instant publishedAt, boolean admitted,
            Instant now) {
        this.providerName = providerName;
        this.version = version;
        this.content = content;
        this.publishedAt = publishedAt;
        this.listed = true;
        this.admitted = admitted;
        this.updatedAt = now;
    }

    void rated(BigDecimal average) {
        this.providerRating = average;
    }

    public boolean isVisible() {
        return listed && admitted;
    }

    public String getPackageId() { return packageId; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getProviderName() { return providerName; }
    public int getVersion() { return version; }
    public PackageContent getContent() { return content; }
    public Instant getPublishedAt() { return publishedAt; }
    public boolean isListed() { return listed; }
    public boolean isAdmitted() { return admitted; }
    public BigDecimal getProviderRating() { return providerRating == null ? BigDecimal.ZERO : providerRating; }
    public Instant getUpdatedAt() { return updatedAt; }
}
