package org.uplift.workflows.subsidy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.uplift.subsidy.application.ReviewStage;

/**
 * How long each review stage may take before its task is overdue and escalates to the authority's programme
 * managers, and when the SME is warned that its information deadline is near.
 *
 * @param district               the district recommendation (5 days)
 * @param expert                 the expert review (10 days)
 * @param senior                 the senior review (5 days)
 * @param dueSoon                a task due within this is "due soon" in the inbox (1 day)
 * @param informationWarning     the SME is warned this long before its information deadline (2 days)
 * @param checkEvery             how often overdue tasks and near deadlines are looked for (15 minutes)
 */
@ConfigurationProperties("uplift.subsidy.applications.review-sla")
public record ReviewSla(@DefaultValue("P5D") Duration district, @DefaultValue("P10D") Duration expert,
        @DefaultValue("P5D") Duration senior, @DefaultValue("P1D") Duration dueSoon,
        @DefaultValue("P2D") Duration informationWarning, @DefaultValue("PT15M") Duration checkEvery) {

    public Duration of(ReviewStage stage) {
        return switch (stage) {
            case DISTRICT -> district;
            case EXPERT -> expert;
            case SENIOR -> senior;
        };
    }
}
