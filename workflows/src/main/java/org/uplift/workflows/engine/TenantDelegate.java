package org.uplift.workflows.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.uplift.tenancy.TenantContext;

/** A delegate that performs its step as the tenant of its process instance, on whatever thread runs it. */
public abstract class TenantDelegate implements JavaDelegate {

    @Override
    public final void execute(DelegateExecution execution) {
        String tenant = execution.getTenantId();
        if (tenant == null) {
            throw new IllegalStateException("Process instance " + execution.getProcessInstanceId() + " has no tenant");
        }
        TenantContext.runAs(tenant, () -> perform(execution));
    }

    protected abstract void perform(DelegateExecution execution);
}
