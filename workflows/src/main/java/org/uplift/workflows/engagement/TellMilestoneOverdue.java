package org.uplift.workflows.engagement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.workflows.engine.TenantDelegate;

/** Tells both sides a milestone is overdue, unless it was confirmed meanwhile. */
@Component("tellMilestoneOverdue")
class TellMilestoneOverdue extends TenantDelegate {

    private final EngagementMilestones milestones;

    TellMilestoneOverdue(EngagementMilestones milestones) {
        this.milestones = milestones;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String engagementId = (String) execution.getVariable(EngagementProcess.ENGAGEMENT_ID);
        int index = ((Number) execution.getVariable(EngagementProcess.MILESTONE_INDEX)).intValue();
        SystemWork.run("engagement-milestones: overdue", () -> milestones.overdue(engagementId, index));
    }
}
