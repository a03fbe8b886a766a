package org.uplift.subsidy.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The last record of a subject's chain, so that deleting records at the end is detected too. */
@Document(AuditHead.COLLECTION)
class AuditHead {

    static final String COLLECTION = "audit_heads";

    @Id
    String subject;
    long seq;
    String hash;
}
