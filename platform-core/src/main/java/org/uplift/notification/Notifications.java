package org.uplift.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/** The current tenant's in-app notifications. */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Notification notify(String recipientUserId, String messageKey, List<String> arguments, String link) {
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
