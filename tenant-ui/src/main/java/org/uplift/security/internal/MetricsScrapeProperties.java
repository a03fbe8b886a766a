package org.uplift.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Prometheus reads {@code /actuator/prometheus} without a user: with {@code Authorization: Bearer <token>}
 * (env {@code UPLIFT_METRICS_SCRAPE_TOKEN}, at least 32 characters, e.g. {@code openssl rand -hex 32}). Unset:
 * only a platform admin's token reads the metrics. The token opens that one endpoint and nothing else.
 */
@ConfigurationProperties("uplift.metrics")
public record MetricsScrapeProperties(String scrapeToken) {

    static final int MIN_LENGTH = 32;

    public MetricsScrapeProperties {
        if (scrapeToken != null && scrapeToken.isBlank()) {
            scrapeToken = null;
        }
        if (scrapeToken != null && scrapeToken.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("uplift.metrics.scrape-token must have at least " + MIN_LENGTH
                    + " characters");
        }
    }
}
