package org.uplift.marketplace.solution;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One published version of a package, immutable and numbered from 1: what a quote or an engagement refers
 * to ({@code packageId} + {@code version}). Not tenant-owned: what a provider publishes is public, and the
 * SME's quote must still read the version it was made on after the provider has moved on or withdrawn.
 * Only {@link SolutionPackages#publish} writes here, insert-only.
 */
@Document(PublishedSolution.COLLECTION)
@CompoundIndex(name = "package_version", def = "{'packageId': 1, 'version': -1}", unique = true)
public class PublishedSolution {

    static final String COLLECTION = "published_solutions";

    @Id
    private String id;
    private String packageId;
    private int version;
    private String providerTenantId;
    private String providerName;
    private PackageContent content;
    private String publishedBy;
    private Instant publishedAt;

    protected PublishedSolution() {
    }

    PublishedSolution(String packageId, int version, String providerTenantId, String providerName,
            PackageContent content, String publishedBy, Instant publishedAt) {
        this.id = idOf(packageId, version);
        this.packageId = packageId;
        this.version = version;
        this.providerTenantId = providerTenantId;
        this.providerName = providerName;
        this.content = content;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public static String idOf(String packageId, int version) {
        return packageId + "@" + version;
    }

    public String getId() { return id; }
    public String getPackageId() { return packageId; }
    public int getVersion() { return version; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getProviderName() { return providerName; }
    public PackageContent getContent() { return content; }
    public String getPublishedBy() { return publishedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
