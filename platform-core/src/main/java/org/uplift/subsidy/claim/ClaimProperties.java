package org.uplift.subsidy.claim;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Claim settings.
 *
 * @param filingDeadline how long after acceptance the owner may file the claim (90 days by default); later the
 *                       claim expires and the reservation is released
 * @param maxFiles       the most files of one kind a claim takes
 */
@ConfigurationProperties("uplift.subsidy.claims")
public record ClaimProperties(@DefaultValue("P90D") Duration filingDeadline, @DefaultValue("10") int maxFiles) {
}
