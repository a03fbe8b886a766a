package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** The notice passed without objection: admitted to the pool, both sides told. */
@Component("admitProvider")
class AdmitProvider extends AdmissionDelegate {

    AdmitProvider(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        pool.admit(application.getTenantId(), application.getAuthorityTenantId(), "admission.noticePassed");
        applications.admitted(application.getId());
        notices.toBothSides(application, "admitted", names(application));
    }
}
