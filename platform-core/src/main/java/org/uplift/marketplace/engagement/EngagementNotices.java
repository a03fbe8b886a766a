package org.uplift.marketplace.engagement;

import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.notification.Notifications;
import org.uplift.tenancy.TenantContext;

/** In-app notices of an engagement's milestones, posted into each recipient's own tenant. */
@Component
class EngagementNotices {

    static final String DELIVERED = "notification.engagement.delivered";
    static final String CONFIRMED = "notification.engagement.confirmed";
    static final String SENT_BACK = "notification.engagement.sentBack";
    static final String COMPLETED = "notification.engagement.completed";
    static final String RATED = "notification.engagement.rated";
    static final String OVERDUE = "notification.engagement.overdue";

    private final Team team;
    private final Notifications notifications;

    EngagementNotices(Team team, Notifications notifications) {
        this.team = team;
        this.notifications = notifications;
    }

    /** Tells the provider's admins and consultants. */
    void toProvider(Engagement e, String key, String... arguments) {
        tell(e.getProviderTenantId(), e, key, List.of(Role.PROVIDER_ADMIN, Role.PROVIDER_CONSULTANT), arguments);
    }

    /** Tells the SME's owners. */
    void toSme(Engagement e, String key, String... arguments) {
        tell(e.getSmeTenantId(), e, key, List.of(Role.ENTERPRISE_OWNER), arguments);
    }

    private void tell(String tenantId, Engagement e, String key, List<Role> roles, String... arguments) {
        TenantContext.runAs(tenantId, () -> team.members().stream()
                .filter(m -> m.roles().stream().anyMatch(roles::contains))
                .forEach(m -> notifications.notify(m.userId(), key, List.of(arguments),
                        "engagements/" + e.getEngagementId())));
    }
}
