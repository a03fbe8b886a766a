package org.uplift.subsidy.programme;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The public terms of a programme that has been opened, for every signed-in tenant (estimates, listings,
 * later the applications). Platform-level, keyed by the programme id, written only by {@link Programmes}
 * from the authority's own programme; drafts never get one.
 */
@Document(PublishedProgramme.COLLECTION)
public class PublishedProgramme {

    static final String COLLECTION = "published_programmes";

    @Id
    private String id;
    private String authorityTenantId;
    @Indexed
    private ProgrammeStatus status;
    private ProgrammeTerms terms;
    private Instant publishedAt;

    protected PublishedProgramme() {
    }

    PublishedProgramme(Programme programme, Instant now) {
        this.id = programme.getId();
        this.authorityTenantId = programme.getTenantId();
        this.status = programme.getStatus();
        this.terms = programme.getTerms();
        this.publishedAt = now;
    }

    public boolean isOpen() {
        return status == ProgrammeStatus.OPEN;
    }

    public String getId() { return id; }
    public String getAuthorityTenantId() { return authorityTenantId; }
    public ProgrammeStatus getStatus() { return status; }
    public ProgrammeTerms getTerms() { return terms; }
    public Instant getPublishedAt() { return publishedAt; }
}
