package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** Tells the provider what the reviewer asks for, and by when. */
@Component("announceInformationRequest")
class AnnounceInformationRequest extends AdmissionDelegate {

    AnnounceInformationRequest(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        notices.toProvider(application, "informationRequested", application.getProviderName(),
                application.getAuthorityName(), application.getInformationRequest(),
                application.getInformationDeadline().atZone(PoolApplications.ZONE).toLocalDate().toString());
    }
}
