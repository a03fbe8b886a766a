package org.uplift.workflows.assessment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param draftReminderAfter how long an unsubmitted assessment waits before its members are reminded */
@ConfigurationProperties("uplift.assessment")
public record AssessmentJourneyProperties(@DefaultValue("P7D") Duration draftReminderAfter) {
}
