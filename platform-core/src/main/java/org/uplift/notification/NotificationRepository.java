package org.uplift.notification;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

interface NotificationRepository extends MongoRepository<Notification, String> {

    List<Notification> findByRecipientUserIdOrderByCreatedAtDesc(String recipientUserId, Limit limit);

    List<Notification> findByRecipientUserIdAndReadAtIsNull(String recipientUserId);

    long countByRecipientUserIdAndReadAtIsNull(String recipientUserId);
}
