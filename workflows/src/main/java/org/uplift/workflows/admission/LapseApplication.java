package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** No answer by the deadline: the application lapses, the standing REJECTED, both sides told. */
@Component("lapseApplication")
class LapseApplication extends AdmissionDelegate {

    LapseApplication(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        applications.lapse(application.getId());
        pool.reject(application.getTenantId(), "admission.lapsed");
        notices.toBothSides(application, "lapsed", names(application));
    }
}
