package org.uplift.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Against password guessing (see {@link SignInThrottle}). Attempts are counted in windows of
 * {@code window}; a count covers the current and the previous window, so a limit, once reached,
 * holds for between one and two windows.
 *
 * @param maxFailures attempts per account from one client address (the strict lock)
 * @param accountMaxFailures attempts per account from all addresses it has not signed in from lately
 * @param addressMaxFailures attempts from one client address over all accounts, known or not
 * @param trustAddressFor how long an address an account signed in from escapes the per-account limit
 */
@ConfigurationProperties("uplift.identity.lockout")
public record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
        @DefaultValue("20") int accountMaxFailures, @DefaultValue("50") int addressMaxFailures,
        @DefaultValue("30d") Duration trustAddressFor) {
}
