package org.uplift.subsidy.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of a subject's chain ({@code programme:hz-pilot-2026}, later {@code application:<id>}). The
 * {@code _id} is subject and sequence number, so two writers can never both append record n; the hash covers
 * every other field and the previous record's hash.
 */
@Document(AuditRecord.COLLECTION)
@CompoundIndex(name = "subject_seq", def = "{'subject': 1, 'seq': 1}", unique = true)
public class AuditRecord {

    static final String COLLECTION = "audit_records";

    @Id
    private String id;
    private String subject;
    private long seq;
    /** The tenant that owns the subject (the authority of a programme); it alone verifies and reads it. */
    private String ownerTenantId;
    private String actor;
    private String actorTenantId;
    private Instant at;
    private String action;
    private String before;
    private String after;
    private String reason;
    private String previousHash;
    private String hash;

    protected AuditRecord() {
    }

    AuditRecord(String subject, long seq, String ownerTenantId, String actor, String actorTenantId, Instant at,
            String action, String before, String after, String reason, String previousHash) {
        this.id = id(subject, seq);
        this.subject = subject;
        this.seq = seq;
        this.ownerTenantId = ownerTenantId;
        this.actor = actor;
        this.actorTenantId = actorTenantId;
        this.at = at;
        this.action = action;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.previousHash = previousHash;
        this.hash = AuditHash.of(this);
    }

    static String id(String subject, long seq) {
        return subject + "#" + String.format("%010d", seq);
    }

    public String getId() { return id; }
    public String getSubject() { return subject; }
    public long getSeq() { return seq; }
    public String getOwnerTenantId() { return ownerTenantId; }
    public String getActor() { return actor; }
    public String getActorTenantId() { return actorTenantId; }
    public Instant getAt() { return at; }
    public String getAction() { return action; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getReason() { return reason; }
    public String getPreviousHash() { return previousHash; }
    public String getHash() { return hash; }
}
