package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;

/** No answer to the request for information by its deadline: the application is withdrawn. */
@Component("withdrawApplication")
class WithdrawApplication extends ApplicationDelegate {

    WithdrawApplication(SubsidyApplications applications) {
        super(applications);
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        if (application.getStatus() == ApplicationStatus.INFORMATION_REQUESTED) {
            applications.withdraw(application.getApplicationId());
        }
    }
}
