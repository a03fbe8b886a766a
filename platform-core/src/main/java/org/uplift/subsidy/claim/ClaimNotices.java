package org.uplift.subsidy.claim;

import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.notification.Notifications;
import org.uplift.tenancy.TenantContext;

/** In-app notices of a claim, posted into each recipient's own tenant. */
@Component
class ClaimNotices {

    static final String OPENED = "notification.claim.opened";
    static final String FILED = "notification.claim.filed";
    static final String PAID = "notification.claim.paid";
    static final String REJECTED = "notification.claim.rejected";
    static final String EXPIRED = "notification.claim.expired";
    static final String CLAWED_BACK = "notification.claim.clawedBack";

    private final Team team;
    private final Notifications notifications;

    ClaimNotices(Team team, Notifications notifications) {
        this.team = team;
        this.notifications = notifications;
    }

    void toSmeOwners(SubsidyClaim c, String key, String... arguments) {
        tell(c.getSmeTenantId(), c, key, Role.ENTERPRISE_OWNER, arguments);
    }

    void toFinance(SubsidyClaim c, String key, String... arguments) {
        tell(c.getAuthorityTenantId(), c, key, Role.FINANCE_OFFICER, arguments);
    }

    private void tell(String tenantId, SubsidyClaim c, String key, Role role, String... arguments) {
        TenantContext.runAs(tenantId, () -> team.members().stream().filter(m -> m.roles().contains(role))
                .forEach(m -> notifications.notify(m.userId(), key, List.of(arguments),
                        "applications/" + c.getApplicationId() + "/claim")));
    }
}
