package org.uplift.workflows.onboarding;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param profileReminderAfter how long an untouched company-profile task waits before the owner is reminded */
@ConfigurationProperties("uplift.onboarding")
public record OnboardingProperties(@DefaultValue("P3D") Duration profileReminderAfter) {
}
