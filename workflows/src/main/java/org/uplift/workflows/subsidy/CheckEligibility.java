package org.uplift.workflows.subsidy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.Programmes;

/**
 * Runs the authority's {@code subsidy-eligibility} and {@code subsidy-amount} rules on the application. The level
 * gate applies at acceptance, so the rules see the level the project must reach: the programme's minimum, or
 * T0 when that is higher already. Idempotent: a retry after the record was written changes nothing.
 */
@Component("checkApplicationEligibility")
class CheckEligibility extends ApplicationDelegate {

    private final SubsidyEstimates estimates;
    private final Programmes programmes;

    CheckEligibility(SubsidyApplications applications, SubsidyEstimates estimates, Programmes programmes) {
        super(applications);
        this.estimates = estimates;
        this.programmes = programmes;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        if (application.getStatus() == org.uplift.subsidy.application.ApplicationStatus.SUBMITTED) {
            int minimum = programmes.published(application.getProgrammeId()).orElseThrow().getTerms().minimumLevel();
            int level = Math.max(application.getLevel() == null ? 0 : application.getLevel(), minimum);
            Estimate estimate = estimates.estimate(application.getProgrammeId(), new EstimateRequest(
                    application.getCostLines(), application.getIndustryCode(), application.getDistrictCode(), level))
                    .orElseThrow();
            application = applications.recordEligibility(application.getApplicationId(), estimate.reasons(),
                    estimate.eligibleCostFen(), estimate.amountFen());
        }
        execution.setVariable(ApplicationProcess.ELIGIBLE, application.getEligibilityReasons().isEmpty()
                && application.getStatus() != org.uplift.subsidy.application.ApplicationStatus.INELIGIBLE);
    }
}
