package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.BudgetLedger;

/**
 * The implementation deadline passed: the whole reservation goes back to the budget (key
 * {@code application:<id>/release}, so a retried job releases once) and the application is EXPIRED.
 */
@Component("expireApplication")
class ExpireApplication extends ApplicationDelegate {

    private final ImplementationDeadlines deadlines;
    private final BudgetLedger ledger;

    ExpireApplication(SubsidyApplications applications, ImplementationDeadlines deadlines, BudgetLedger ledger) {
        super(applications);
        this.deadlines = deadlines;
        this.ledger = ledger;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        if (application.getStatus() == ApplicationStatus.REGISTERED) {
            long reserved = application.getAmountFen();
            Releases.release(ledger, application, reserved, Releases.FULL);
            deadlines.expire(application.getApplicationId(), reserved);
        }
    }
}
