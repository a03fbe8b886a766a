package org.uplift.marketplace.solution;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * A provider's solution package as the provider works on it: its status, the latest published version
 * number and, while someone edits, a draft that will become the next version. Published versions
 * themselves are {@link PublishedSolution}s and never change. {@code version} guards against lost updates.
 */
@TenantOwned
@Document(SolutionPackage.COLLECTION)
@CompoundIndex(name = "tenant_updated", def = "{'tenantId': 1, 'updatedAt': -1}")
public class SolutionPackage {

    static final String COLLECTION = "solution_packages";

    @Id
    private String id;
    private String tenantId;
    private PackageStatus status;
    /** The open draft; null when the latest published version is all there is. */
    private PackageContent draft;
    /** The number the draft gets when published. */
    private int draftVersion;
    /** The latest published version; 0 before the first publication. */
    private int publishedVersion;
    /** The latest published content, so the provider's list needs no second read. */
    private PackageContent published;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    private Instant publishedAt;
    @Version
    private Long version;

    protected SolutionPackage() {
    }

    SolutionPackage(PackageContent draft, String userId, Instant now) {
        this.status = PackageStatus.DRAFT;
        this.draft = draft;
        this.draftVersion = 1;
        this.createdBy = userId;
        this.createdAt = now;
        touch(userId, now);
    }

    /** Replaces the draft, or opens one for the next version when only a published version exists. */
    void edit(PackageContent content, String userId, Instant now) {
        if (draft == null) {
            draftVersion = publishedVersion + 1;
        }
        draft = content;
        touch(userId, now);
    }

    /** The draft becomes the next published version; the caller stores the {@link PublishedSolution}. */
    PublishedSolution publish(String providerName, String userId, Instant now) {
        PublishedSolution version = new PublishedSolution(id, draftVersion, tenantId, providerName, draft, userId, now);
        publishedVersion = draftVersion;
        published = draft;
        draft = null;
        status = PackageStatus.PUBLISHED;
        publishedAt = now;
        touch(userId, now);
        return version;
    }

    /** A withdrawn package without a draft is offered again in its latest version. */
    void relist(String userId, Instant now) {
        status = PackageStatus.PUBLISHED;
        touch(userId, now);
    }

    void discardDraft(String userId, Instant now) {
        draft = null;
        draftVersion = publishedVersion + 1;
        touch(userId, now);
    }

    void withdraw(String userId, Instant now) {
        status = PackageStatus.WITHDRAWN;
        touch(userId, now);
    }

    private void touch(String userId, Instant now) {
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    public boolean hasDraft() {
        return draft != null;
    }

    /** What the editor shows: the draft if there is one, else the latest published version. */
    public PackageContent current() {
        return draft != null ? draft : published;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public PackageStatus getStatus() { return status; }
    public PackageContent getDraft() { return draft; }
    public int getDraftVersion() { return draftVersion; }
    public int getPublishedVersion() { return publishedVersion; }
    public PackageContent getPublished() { return published; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Long getVersion() { return version; }

    @Override
    public String toString() {
        return "SolutionPackage[" + id + " " + status + " published=v" + publishedVersion + " draft="
                + (draft == null ? "-" : "v" + draftVersion + " " + draft.nameZh() + " " + draft.priceFen()) + "]";
    }
}
