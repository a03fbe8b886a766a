package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** Applies a sanction: a warning is recorded, a suspension or removal suspends at once. */
@Component("applySanction")
class ApplySanction extends AdmissionDelegate {

    ApplySanction(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        Sanction sanction = sanction(execution, application);
        if (sanction.kind() == SanctionKind.WARN) {
            pool.warn(application.getTenantId(), sanction.reason());
        } else if (!pool.standing(application.getTenantId())
                .map(s -> s.getStatus() == org.uplift.marketplace.pool.PoolStatus.SUSPENDED).orElse(false)) {
            pool.suspend(application.getTenantId(), sanction.reason());
        }
        notices.toProvider(application, "sanctioned." + sanction.kind().name(), application.getProviderName(),
                application.getAuthorityName(), sanction.reason());
    }
}
