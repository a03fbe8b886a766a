package org.uplift.workflows.subsidy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.Programmes;

/** After the expert approval, the authority's {@code review-routing} rules decide whether a senior reviewer must also approve. */
@Component("routeApplicationReview")
class RouteReview extends ApplicationDelegate {

    private final SubsidyDecisions decisions;
    private final Programmes programmes;

    RouteReview(SubsidyApplications applications, SubsidyDecisions decisions, Programmes programmes) {
        super(applications);
        this.decisions = decisions;
        this.programmes = programmes;
    }

    @Override
    protected void step(DelegateExecution execution, SubsidyApplication application) {
        if (application.getStatus() == ApplicationStatus.APPROVED) {
            long threshold = programmes.published(application.getProgrammeId()).orElseThrow().getTerms()
                    .secondReviewThresholdFen();
            Map<String, Object> inputs = new HashMap<>();
            inputs.put("amountFen", application.getAmountFen());
            inputs.put("secondReviewThresholdFen", threshold);
            inputs.put("flagged", false);
            List<String> reasons = decisions.seniorReviewReasons(application.getAuthorityTenantId(), inputs);
            application = applications.recordRouting(application.getApplicationId(), reasons);
        }
        execution.setVariable(ApplicationProcess.SENIOR_REQUIRED, application.getStatus() == ApplicationStatus.SENIOR_REVIEW);
    }
}
