package org.uplift.subsidy.audit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.uplift.tenancy.CrossTenantAccess;

/**
 * Test fixture: changes a stored chain directly in MongoDB, as someone with database access would, bypassing
 * {@link AuditTrail}.
 */
public final class AuditTampering {

    private static final String REASON = "test: tampering with a stored audit chain";

    private final MongoTemplate mongo;
    private final String subject;

    public AuditTampering(MongoTemplate mongo, String subject) {
        this.mongo = mongo;
        this.subject = subject;
    }

    /** Changes one field of record {@code seq}, leaving its hash as it was. */
    public void change(long seq, String field, String value) {
        CrossTenantAccess.run(REASON, () -> mongo.updateFirst(query(where("_id").is(AuditRecord.id(subject, seq))),
                new Update().set(field, value), AuditRecord.class));
    }

    public void delete(long seq) {
        CrossTenantAccess.run(REASON, () -> mongo.remove(query(where("_id").is(AuditRecord.id(subject, seq))),
                AuditRecord.class));
    }

    /** Appends a well-formed record after the last one (linked, hashed), without advancing the chain's head. */
    public void insertAfter(long lastSeq, String action) {
        CrossTenantAccess.run(REASON, () -> {
            AuditRecord last = mongo.findById(AuditRecord.id(subject, lastSeq), AuditRecord.class);
            mongo.insert(new AuditRecord(subject, lastSeq + 1, last.getOwnerTenantId(), "intruder",
                    last.getActorTenantId(), last.getAt(), action, last.getAfter(), "APPROVED", null, last.getHash()));
        });
    }
}
