package org.uplift.workflows.assessment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessments;
import org.uplift.notification.Notifications;
import org.uplift.workflows.engine.TenantDelegate;

/** Reminds, in the bell, whoever started the draft and the members assigned to its sections. */
@Component("remindMembersOfDraft")
class RemindMembersOfDraft extends TenantDelegate {

    static final String MESSAGE = "notification.assessmentIdle";

    private final Assessments assessments;
    private final Notifications notifications;

    RemindMembersOfDraft(Assessments assessments, Notifications notifications) {
        this.assessments = assessments;
        this.notifications = notifications;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(AssessmentProcess.ASSESSMENT_ID);
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add((String) execution.getVariable(AssessmentProcess.STARTED_BY));
        assessments.find(id).ifPresent(a -> a.getSectionAssignees().values().stream()
                .filter(v -> v != null).forEach(recipients::add));
        recipients.stream().filter(r -> r != null)
                .forEach(user -> notifications.notify(user, MESSAGE, List.of(), "assessments/" + id));
    }
}
