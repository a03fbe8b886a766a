package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyArithmetic;

/**
 * After the on-site evaluation: below the programme's minimum level the acceptance fails and the whole reservation is
 * released; otherwise the amount is recomputed as the offer was (the authority's {@code subsidy-amount} cap for the
 * confirmed level, {@link SubsidyArithmetic} on the actual costs), never above the reservation, and the difference is
 * released. Idempotent: each release has its own key and a settled application is not settled again.
 */
@Component("settleApplicationAcceptance")
class SettleAcceptance extends ApplicationDelegate {

    private final OnSiteAcceptance acceptance;
    private final Programmes programmes;
    private final SubsidyDecisions decisions;
    private final BudgetLedger ledger;

    SettleAcceptance(SubsidyApplications applications, OnSiteAcceptance acceptance, Programmes programmes,
            SubsidyDecisions decisions, BudgetLedger ledger) {
        super(applications);
        this.acceptance = acceptance;
        this.programmes = programmes;
        this.decisions = decisions;
        this.ledger = ledger;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        if (application.getStatus() == ApplicationStatus.ACCEPTANCE_REQUESTED) {
            application = settle(application);
        }
        execution.setVariable(ApplicationProcess.ACCEPTED, application.getStatus() == ApplicationStatus.ACCEPTED);
    }

    private SubsidyApplication settle(SubsidyApplication application) {
        ProgrammeTerms terms = programmes.published(application.getProgrammeId()).orElseThrow().getTerms();
        int level = application.getEvaluation().confirmedLevel();
        long reserved = application.getAmountFen();
        if (level < terms.minimumLevel()) {
            Releases.release(ledger, application, reserved, Releases.FULL);
            return acceptance.fail(application.getApplicationId(), terms.minimumLevel(), reserved);
        }
        long cost = SubsidyArithmetic.eligibleCostFen(terms, application.getAcceptanceRequest().actualCostLines());
        long cap = decisions.capFen(application.getAuthorityTenantId(), SubsidyEstimates.capInputs(terms, level));
        long amount = Math.min(SubsidyArithmetic.amountFen(terms.ratePercent(), cost, cap), reserved);
        Releases.release(ledger, application, reserved - amount, Releases.DIFFERENCE);
        return acceptance.accept(application.getApplicationId(), amount, reserved - amount);
    }
}
