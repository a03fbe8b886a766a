package org.uplift.subsidy.application;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** The SME's copy of its application, tenant-owned by the SME: its "my applications" list reads these. */
@TenantOwned
@Document(ApplicantCopy.COLLECTION)
@CompoundIndex(name = "tenant_application", def = "{'tenantId': 1, 'applicationId': 1}", unique = true)
@CompoundIndex(name = "tenant_submitted", def = "{'tenantId': 1, 'submittedAt': -1}")
@CompoundIndex(name = "tenant_engagement", def = "{'tenantId': 1, 'engagementId': 1}")
public class ApplicantCopy extends SubsidyApplication {

    static final String COLLECTION = "subsidy_applications";

    protected ApplicantCopy() {
    }
}
