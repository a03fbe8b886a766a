package org.uplift.workflows.onboarding;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.notification.Notifications;
import org.uplift.workflows.engine.TenantDelegate;

/** Reminds the owner, in the bell, that the company profile is still missing. */
@Component("remindOwnerOfProfile")
class RemindOwnerOfProfile extends TenantDelegate {

    private final Notifications notifications;

    RemindOwnerOfProfile(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String owner = (String) execution.getVariable(OnboardingProcess.OWNER_USER_ID);
        notifications.notify(owner, "notification.profileReminder",
                List.of(String.valueOf(execution.getVariable(OnboardingProcess.ORGANISATION_NAME))), "profile");
    }
}
