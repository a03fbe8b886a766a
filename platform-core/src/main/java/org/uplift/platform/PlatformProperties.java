package org.uplift.platform;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings.
 *
 * @param zone where the platform's users are: dates are shown, and calendar days counted, in this zone
 */
@ConfigurationProperties("uplift.platform")
public record PlatformProperties(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
