package org.uplift.notification;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.uplift.organisation.OrganisationRegistered;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Greets a new SME's owner in the bell. Runs after the registration on another thread, which inherits
 * no tenant: it works as the tenant the event names.
 */
@Component
class WelcomeNotifier {

    private final Notifications notifications;

    WelcomeNotifier(Notifications notifications) {
        this.notifications = notifications;
    }

    @Async
    @EventListener
    void on(OrganisationRegistered registered) {
        if (registered.kind() != TenantKind.ENTERPRISE) {
            return;
        }
        TenantContext.runAs(registered.tenantId(), () -> notifications.notify(registered.ownerUserId(),
                "notification.welcome", List.of(registered.name()), "profile"));
    }
}
