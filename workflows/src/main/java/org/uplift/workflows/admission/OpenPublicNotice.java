package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** Approved: the application goes on public notice for the authority's notice period. */
@Component("openPublicNotice")
class OpenPublicNotice extends AdmissionDelegate {

    OpenPublicNotice(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        PoolApplication inNotice = applications.openNotice(application.getId(),
                java.time.Duration.parse((String) execution.getVariable(AdmissionProcess.NOTICE_PERIOD)));
        notices.toBothSides(inNotice, "noticeOpened", application.getProviderName(), application.getAuthorityName(),
                inNotice.getNoticeEndsAt().atZone(PoolApplications.ZONE).toLocalDate().toString());
    }
}
