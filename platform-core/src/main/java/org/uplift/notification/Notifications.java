package org.uplift.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** The current tenant's in-app notifications, and their e-mail copies where the writer asks for them. */
@Service
@EnableConfigurationProperties(NotificationMailProperties.class)
public class Notifications {

    private final NotificationRepository notifications;
    private final NotificationMailer mailer;
    private final Clock clock;

    Notifications(NotificationRepository notifications, NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    public Notification notify(String recipientUserId, String messageKey, List<String> arguments, String link) {
        return post(recipientUserId, messageKey, arguments, link);
    }

    /**
     * As {@link #notify(String, String, List, String)}, and with {@link Delivery#IN_APP_AND_MAIL} also mailed to the
     * recipient after this returns (asynchronously: a failing mail server never fails the caller's work).
     */
    public Notification notify(String recipientUserId, String messageKey, List<String> arguments, String link,
            Delivery delivery) {
        Notification posted = post(recipientUserId, messageKey, arguments, link);
        if (delivery == Delivery.IN_APP_AND_MAIL) {
            mailer.mail(posted);
        }
        return posted;
    }

    private Notification post(String recipientUserId, String messageKey, List<String> arguments, String link) {
        return notifications.insert(new Notification(recipientUserId, messageKey, arguments, link, clock.instant()));
    }

    public List<Notification> recent(String userId, int max) {
        return notifications.findByRecipientUserIdOrderByCreatedAtDesc(userId, Limit.of(max));
    }

    public long unreadCount(String userId) {
        return notifications.countByRecipientUserIdAndReadAtIsNull(userId);
    }

    public void markAllRead(String userId) {
        var unread = notifications.findByRecipientUserIdAndReadAtIsNull(userId);
        unread.forEach(n -> n.markRead(clock.instant()));
        notifications.saveAll(unread);
    }
}
