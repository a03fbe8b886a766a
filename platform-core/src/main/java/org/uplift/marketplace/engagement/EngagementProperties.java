package org.uplift.marketplace.engagement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param overdueAfter how long after the end of a milestone's due day (China time) it counts as overdue and both
 *                     sides are told, unless it was confirmed: PT9H, the next working morning
 */
@ConfigurationProperties("uplift.marketplace.engagements")
public record EngagementProperties(@DefaultValue("PT9H") Duration overdueAfter) {
}
