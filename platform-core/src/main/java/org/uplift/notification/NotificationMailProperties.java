package org.uplift.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail copies of notifications ({@link Delivery#IN_APP_AND_MAIL}). They are sent only when SMTP is configured
 * ({@code spring.mail.host}) and this is enabled.
 *
 * @param enabled whether notifications are mailed at all
 * @param from    the sender address
 * @param baseUrl where the platform is reached, for the link in the mail
 */
@ConfigurationProperties("uplift.mail.notifications")
public record NotificationMailProperties(@DefaultValue("true") boolean enabled,
        @DefaultValue("noreply@uplift.local") String from, @DefaultValue("http://localhost:8080") String baseUrl) {
}
