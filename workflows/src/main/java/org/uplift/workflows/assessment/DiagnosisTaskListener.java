package org.uplift.workflows.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.tenancy.TenantContext;

/**
 * Keeps the share record in step with the diagnosis task, as the SME's tenant: notes may be written
 * while the task is open, and the diagnosis is complete when the task is.
 */
@Component("diagnosisTaskListener")
class DiagnosisTaskListener implements TaskListener {

    private final AssessmentShares shares;

    DiagnosisTaskListener(AssessmentShares shares) {
        this.shares = shares;
    }

    @Override
    public void notify(DelegateTask task) {
        String assessmentId = (String) task.getVariable(AssessmentProcess.ASSESSMENT_ID);
        String provider = (String) task.getVariable(AssessmentProcess.PROVIDER_TENANT_ID);
        TenantContext.runAs(task.getTenantId(), () -> {
            if (EVENTNAME_CREATE.equals(task.getEventName())) {
                shares.diagnosisOpened(assessmentId, provider);
            } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
                shares.diagnosisCompleted(assessmentId, provider);
            }
        });
    }
}
