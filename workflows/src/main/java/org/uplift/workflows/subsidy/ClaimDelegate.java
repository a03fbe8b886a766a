package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.uplift.identity.SystemWork;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.workflows.engine.TenantDelegate;

/** A step of the claim process, taken as system work in the authority's tenant. */
abstract class ClaimDelegate extends TenantDelegate {

    protected final SubsidyClaims claims;

    ClaimDelegate(SubsidyClaims claims) {
        this.claims = claims;
    }

    @Override
    protected final void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(ApplicationProcess.APPLICATION_ID);
        SystemWork.run("subsidy claim step " + execution.getCurrentActivityId(), () -> step(id));
    }

    protected abstract void step(String applicationId);
}
