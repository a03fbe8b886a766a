package org.uplift.subsidy.programme;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Subsidy settings.
 *
 * @param zone the zone in which windows are entered and shown (dates of a Chinese programme are Beijing dates)
 */
@ConfigurationProperties("uplift.subsidy")
public record SubsidyProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
