package org.uplift.assessment.evidence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * How many evidence bytes a tenant holds or has reserved for uploads under way: one document per
 * tenant (id = tenant id), only ever changed with {@code $inc}, so parallel uploads cannot overshoot.
 */
@TenantOwned
@Document(EvidenceUsage.COLLECTION)
class EvidenceUsage {

    static final String COLLECTION = "evidence_usage";

    @Id
    String id;
    String tenantId;
    long bytes;
}
