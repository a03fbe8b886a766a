package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.ProviderPool;

/** The sanction stands (appeal refused or never lodged): a removal becomes final. */
@Component("confirmSanction")
class ConfirmSanction extends AdmissionDelegate {

    ConfirmSanction(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        super(applications, pool, notices);
    }

    @Override
    protected void step(DelegateExecution execution, PoolApplication application) {
        Sanction sanction = sanction(execution, application);
        applications.closeAppeal(application.getId(), sanction.id());
        if (sanction.kind() == SanctionKind.REMOVE) {
            pool.remove(application.getTenantId(), sanction.reason());
        }
        boolean refused = sanction.appealDecision() != null;
        notices.toProvider(application, refused ? "appealRefused" : "sanctionStands", application.getProviderName(),
                application.getAuthorityName(), refused ? sanction.appealDecision() : sanction.reason());
    }
}
