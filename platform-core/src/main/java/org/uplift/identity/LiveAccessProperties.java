package org.uplift.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a membership or API client read for a request may be reused by later requests on this
 * instance. Changes made through {@link Team} and {@link ApiClients} evict at once; other instances
 * see them within this time.
 */
@ConfigurationProperties("uplift.identity.live-access")
public record LiveAccessProperties(@DefaultValue("5s") Duration cacheFor) {
}
