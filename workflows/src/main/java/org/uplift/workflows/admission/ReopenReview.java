package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** An objection during the notice: back to expert review, both sides told. */
@Component("reopenReview")
class ReopenReview extends AdmissionDelegate {

    ReopenReview(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        PoolApplication reopened = applications.reopenReview(application.getId());
        notices.toBothSides(reopened, "objected", application.getProviderName(), application.getAuthorityName(),
                lastNote(application, "objected"));
    }
}
