package org.uplift.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.uplift.UpliftTest;

/**
 * Prometheus reads the metrics with the configured scrape token (uplift.metrics.scrape-token, as
 * docs/architecture.md "Operations" says); without it, or with it anywhere else, the public port refuses.
 */
@UpliftTest
class MetricsScrapeTest {

    @LocalServerPort
    int port;
    @Value("${uplift.metrics.scrape-token}")
    String scrapeToken;

    ApiHttp http;

    @BeforeEach
    void http() {
        http = new ApiHttp(port);
    }

    @Test
    void prometheus_scrapes_the_metrics_with_the_configured_token_and_no_user_session() {
        var response = http.get("/actuator/prometheus", scrapeToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("# TYPE jvm_memory_used_bytes", "process_uptime_seconds");
    }

    @Test
    void without_the_token_or_with_another_the_metrics_are_refused() {
        assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", scrapeToken + "x").statusCode()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", scrapeToken.substring(1)).statusCode()).isEqualTo(401);
    }

    @Test
    void the_scrape_token_opens_no_other_endpoint() {
        for (String path : new String[] {"/actuator/metrics", "/actuator/info", "/actuator/health/mongo",
                "/api/v1/me", "/api/v1/applications"}) {
            assertThat(http.get(path, scrapeToken).statusCode()).as(path).isEqualTo(401);
        }
    }
}
