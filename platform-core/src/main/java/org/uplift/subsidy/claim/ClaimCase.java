package org.uplift.subsidy.claim;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** The authority's case of a claim: its finance officers' list and decisions read these. */
@TenantOwned
@Document(ClaimCase.COLLECTION)
@CompoundIndex(name = "tenant_application", def = "{'tenantId': 1, 'applicationId': 1}", unique = true)
@CompoundIndex(name = "tenant_status_filed", def = "{'tenantId': 1, 'status': 1, 'filedAt': 1}")
public class ClaimCase extends SubsidyClaim {

    static final String COLLECTION = "claim_cases";

    protected ClaimCase() {
    }
}
