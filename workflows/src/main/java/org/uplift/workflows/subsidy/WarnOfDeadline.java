package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;

/** The implementation deadline approaches: the SME's owners and the provider are told (once). */
@Component("warnOfImplementationDeadline")
class WarnOfDeadline extends ApplicationDelegate {

    private final ImplementationDeadlines deadlines;

    WarnOfDeadline(SubsidyApplications applications, ImplementationDeadlines deadlines) {
        super(applications);
        this.deadlines = deadlines;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        deadlines.warn(application.getApplicationId());
    }
}
