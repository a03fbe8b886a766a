package org.uplift.workflows.assessment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.notification.Notifications;
import org.uplift.workflows.engine.TenantDelegate;

/** Tells whoever started the assessment, in the bell, that its result is published (argument: the level, 0 = none). */
@Component("announceAssessmentResult")
class AnnounceAssessmentResult extends TenantDelegate {

    static final String MESSAGE = "notification.assessmentPublished";

    private final Notifications notifications;

    AnnounceAssessmentResult(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(AssessmentProcess.ASSESSMENT_ID);
        Object level = execution.getVariable(AssessmentProcess.LEVEL);
        notifications.notify((String) execution.getVariable(AssessmentProcess.STARTED_BY), MESSAGE,
                List.of(level == null ? "-" : level.toString()), "assessments/" + id + "/result");
    }
}
