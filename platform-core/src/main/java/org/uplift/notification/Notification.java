package org.uplift.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** A message to one user, shown in the bell until read. The text is an i18n key with arguments. */
@TenantOwned
@Document("notifications")
@CompoundIndex(name = "tenant_recipient_created", def = "{'tenantId': 1, 'recipientUserId': 1, 'createdAt': -1}")
// a user's unread ones (the bell's count, marking all read)
@CompoundIndex(name = "tenant_recipient_unread_created",
        def = "{'tenantId': 1, 'recipientUserId': 1, 'readAt': 1, 'createdAt': -1}")
public class Notification {

    @Id
    private String id;
    private String tenantId;
    private String recipientUserId;
    private String messageKey;
    private List<String> arguments;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipientUserId, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.recipientUserId = recipientUserId;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
        this.link = link;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getRecipientUserId() { return recipientUserId; }
    public String getMessageKey() { return messageKey; }
    public List<String> getArguments() { return arguments; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }

    public boolean isUnread() {
        return readAt == null;
    }

    void markRead(Instant when) {
        readAt = when;
    }
}
