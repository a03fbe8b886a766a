package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.uplift.identity.SystemWork;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.workflows.engine.TenantDelegate;

/** A step of the application process, taken as system work in the authority's tenant. */
abstract class ApplicationDelegate extends TenantDelegate {

    protected final SubsidyApplications applications;

    ApplicationDelegate(SubsidyApplications applications) {
        this.applications = applications;
    }

    @Override
    protected final void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(ApplicationProcess.APPLICATION_ID);
        SystemWork.run("subsidy application step " + execution.getCurrentActivityId(), () -> step(execution,
                applications.find(id).orElseThrow(() -> new IllegalStateException("Unknown application " + id))));
    }

    protected abstract void step(DelegateExecution execution, SubsidyApplication application);
}
