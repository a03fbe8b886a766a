package org.uplift.marketplace.quote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderAfter how long a provider may leave a quote unanswered before it is reminded
 * @param expiresAfter  how long a sent request stays open; then its unanswered and unaccepted quotes expire
 */
@ConfigurationProperties("uplift.marketplace.quotes")
public record QuoteProperties(@DefaultValue("P5D") Duration reminderAfter, @DefaultValue("P10D") Duration expiresAfter) {
}
