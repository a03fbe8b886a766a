package org.uplift.subsidy.application;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * The authority's case of an application to one of its programmes, tenant-owned by the authority: its
 * reviewers' case pages and lists read these, never the SME's copy.
 */
@TenantOwned
@Document(ApplicationCase.COLLECTION)
@CompoundIndex(name = "tenant_application", def = "{'tenantId': 1, 'applicationId': 1}", unique = true)
@CompoundIndex(name = "tenant_submitted", def = "{'tenantId': 1, 'submittedAt': -1}")
public class ApplicationCase extends SubsidyApplication {

    static final String COLLECTION = "application_cases";

    protected ApplicationCase() {
    }
}
