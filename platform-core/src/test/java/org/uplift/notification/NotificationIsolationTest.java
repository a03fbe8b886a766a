package org.uplift.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.tenancy.TenantIsolationContract;

@SpringBootTest
class NotificationIsolationTest extends TenantIsolationContract {

    static final String RECIPIENT = "same-user-id-in-both-tenants";

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationRepository repository;

    @Override
    public String create() {
        return notifications.notify(RECIPIENT, "notification.profileReminder", List.of("x"), "profile").getId();
    }

    @Override
    public Optional<?> read(String id) {
        return repository.findById(id);
    }

    @Override
    public List<String> listIds() {
        return notifications.recent(RECIPIENT, 100).stream().map(Notification::getId).toList();
    }

    @Override
    public void change(String id) {
        notifications.markAllRead(RECIPIENT);
    }

    @Override
    public Object snapshot(String id) {
        return repository.findById(id).map(Notification::isUnread).orElse(null);
    }

    @Override
    public void delete(String id) {
        repository.deleteById(id);
    }
}
