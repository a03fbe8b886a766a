package org.uplift.subsidy.programme;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * A programme as its authority works on it, drafts included. The id is the programme's public slug
 * ({@code hz-pilot-2026}), unique across the platform because the API names programmes by it.
 */
@TenantOwned
@Document(Programme.COLLECTION)
@CompoundIndex(name = "tenant_updated", def = "{'tenantId': 1, 'updatedAt': -1}")
public class Programme {

    static final String COLLECTION = "programmes";

    @Id
    private String id;
    private String tenantId;
    private ProgrammeStatus status;
    private ProgrammeTerms terms;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Programme() {
    }

    Programme(String id, ProgrammeTerms terms, String userId, Instant now) {
        this.id = id;
        this.status = ProgrammeStatus.DRAFT;
        this.terms = terms;
        this.createdBy = userId;
        this.createdAt = now;
        touch(userId, now);
    }

    void edit(ProgrammeTerms terms, String userId, Instant now) {
        this.terms = terms;
        touch(userId, now);
    }

    void status(ProgrammeStatus status, String userId, Instant now) {
        this.status = status;
        touch(userId, now);
    }

    private void touch(String userId, Instant now) {
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public ProgrammeStatus getStatus() { return status; }
    public ProgrammeTerms getTerms() { return terms; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Long getVersion() { return version; }

    @Override
    public String toString() {
        return "Programme[" + id + " " + status + " " + terms + " v" + version + "]";
    }
}
