package org.uplift.workflows.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param draftReminderAfter how long an unsubmitted assessment waits before its members are reminded
 * @param reconcileAfter how long a submission may wait for its journey to move before the reconciler moves it
 *        (longer than a submit takes, so the reconciler never races the submit itself)
 * @param reconcileEvery how often the reconciler looks for submitted assessments whose journey did not move
 */
@ConfigurationProperties("uplift.assessment")
public record AssessmentJourneyProperties(@DefaultValue("P7D") Duration draftReminderAfter,
        @DefaultValue("PT1M") Duration reconcileAfter, @DefaultValue("PT5M") Duration reconcileEvery) {
}
