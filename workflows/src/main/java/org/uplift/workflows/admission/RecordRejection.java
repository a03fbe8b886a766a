package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** Rejected with the reviewer's reason: the standing REJECTED, both sides told. */
@Component("recordRejection")
class RecordRejection extends AdmissionDelegate {

    RecordRejection(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        String reason = lastNote(application, "rejected");
        pool.reject(application.getTenantId(), reason);
        notices.toBothSides(application, "rejected", application.getProviderName(), application.getAuthorityName(),
                reason);
    }
}
