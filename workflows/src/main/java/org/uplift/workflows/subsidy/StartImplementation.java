package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;

/** Registered: the implementation deadline is set on the application and handed to the timers. */
@Component("startApplicationImplementation")
class StartImplementation extends ApplicationDelegate {

    private final ImplementationDeadlines deadlines;

    StartImplementation(SubsidyApplications applications, ImplementationDeadlines deadlines) {
        super(applications);
        this.deadlines = deadlines;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        SubsidyApplication started = deadlines.start(application.getApplicationId());
        timers(execution, deadlines, started);
    }

    /** The timers' variables from the application's current deadline. */
    static void timers(org.camunda.bpm.engine.delegate.VariableScope scope, ImplementationDeadlines deadlines,
            SubsidyApplication application) {
        scope.setVariable(ApplicationProcess.IMPLEMENTATION_DEADLINE,
                application.getImplementation().deadline().toString());
        scope.setVariable(ApplicationProcess.IMPLEMENTATION_WARNING, deadlines.warningAt(application).toString());
    }
}
