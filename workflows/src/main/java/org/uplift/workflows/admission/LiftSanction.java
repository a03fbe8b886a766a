package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** The appeal was granted: a suspended (or to-be-removed) provider is admitted again. */
@Component("liftSanction")
class LiftSanction extends AdmissionDelegate {

    LiftSanction(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        Sanction sanction = sanction(execution, application);
        if (sanction.kind() != SanctionKind.WARN) {
            pool.admit(application.getTenantId(), application.getAuthorityTenantId(), sanction.appealDecision());
        }
        notices.toProvider(application, "appealGranted", application.getProviderName(), application.getAuthorityName(),
                String.valueOf(sanction.appealDecision()));
    }
}
