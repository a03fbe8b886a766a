package org.uplift.subsidy.application;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application settings.
 *
 * @param informationDeadline how long the SME has to answer a request for information unless the reviewer sets
 *                            a date (15 days by default)
 * @param maxDeadlineDays     the latest deadline a reviewer may set, in days from today
 */
@ConfigurationProperties("uplift.subsidy.applications")
public record ApplicationProperties(@DefaultValue("P15D") Duration informationDeadline,
        @DefaultValue("60") int maxDeadlineDays) {
}
