package org.uplift.subsidy.claim;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** The SME's (and the provider's) copy of a claim, tenant-owned by that party. */
@TenantOwned
@Document(ClaimCopy.COLLECTION)
@CompoundIndex(name = "tenant_application", def = "{'tenantId': 1, 'applicationId': 1}", unique = true)
public class ClaimCopy extends SubsidyClaim {

    static final String COLLECTION = "subsidy_claims";

    protected ClaimCopy() {
    }
}
