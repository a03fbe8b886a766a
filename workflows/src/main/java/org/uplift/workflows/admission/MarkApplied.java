package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** The provider's standing becomes APPLIED (an unknown or rejected provider applies). */
@Component("markApplied")
class MarkApplied extends AdmissionDelegate {

    MarkApplied(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        pool.apply(application.getTenantId(), application.getAuthorityTenantId());
        notices.toProvider(application, "submitted", names(application));
    }
}
