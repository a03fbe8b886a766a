package org.uplift.workflows.admission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.workflows.engine.TenantDelegate;

/** A step of the admission or sanction process, taken as system work in the authority's tenant. */
abstract class AdmissionDelegate extends TenantDelegate {

    protected final PoolApplications applications;
    protected final ProviderPool pool;
    protected final AdmissionNotices notices;

    AdmissionDelegate(PoolApplications applications, ProviderPool pool, AdmissionNotices notices) {
        this.applications = applications;
        this.pool = pool;
        this.notices = notices;
    }

    @Override
    protected final void perform(DelegateExecution execution) {
        String applicationId = (String) execution.getVariable(AdmissionProcess.APPLICATION_ID);
        SystemWork.run("admission process step " + execution.getCurrentActivityId(), () -> step(execution,
                applications.find(applicationId).orElseThrow(
                        () -> new IllegalStateException("Unknown pool application " + applicationId))));
    }

    protected abstract void step(DelegateExecution execution, PoolApplication application);

    /** The note of the latest history entry of this action (a reason, an objection), or "-". */
    static String lastNote(PoolApplication application, String action) {
        var history = application.getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action().equals(action) && history.get(i).note() != null) {
                return history.get(i).note();
            }
        }
        return "-";
    }

    static Sanction sanction(DelegateExecution execution, PoolApplication application) {
        String sanctionId = (String) execution.getVariable(AdmissionProcess.SANCTION_ID);
        return application.sanction(sanctionId)
                .orElseThrow(() -> new IllegalStateException("Unknown sanction " + sanctionId));
    }

    static String[] names(PoolApplication application) {
        return new String[] {application.getProviderName(), application.getAuthorityName()};
    }
}
