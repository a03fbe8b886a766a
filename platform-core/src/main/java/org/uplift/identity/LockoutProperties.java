package org.uplift.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Against password guessing: after {@code maxFailures} failed sign-ins in a row an account is locked
 * for {@code lockFor}. Counting per account (not per address) also stops a spread-out attack.
 */
@ConfigurationProperties("uplift.identity.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockFor) {
}
