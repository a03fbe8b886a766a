package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.BudgetExhaustedException;
import org.uplift.subsidy.ledger.BudgetLedger;

/**
 * Reserves the approved amount in the programme's budget under the idempotency key {@code application:<id>} (a
 * retried job never reserves twice) and makes the offer; when the budget cannot cover it, the case goes back to
 * expert review as BUDGET_EXHAUSTED with what is left.
 */
@Component("reserveApplicationBudget")
class ReserveBudget extends ApplicationDelegate {

    private final BudgetLedger ledger;

    ReserveBudget(SubsidyApplications applications, BudgetLedger ledger) {
        super(applications);
        this.ledger = ledger;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        boolean reserved = true;
        if (application.getStatus() != ApplicationStatus.OFFERED) {
            try {
                ledger.reserve(application.getProgrammeId(), application.getAmountFen(),
                        SubsidyApplications.subject(application.getApplicationId()), application.getApplicationId());
                applications.offer(application.getApplicationId());
            } catch (BudgetExhaustedException exhausted) {
                long left = ledger.figures(application.getProgrammeId()).map(b -> b.getAvailableFen()).orElse(0L);
                applications.budgetExhausted(application.getApplicationId(), left);
                reserved = false;
            }
        }
        execution.setVariable(ApplicationProcess.RESERVED, reserved);
    }
}
