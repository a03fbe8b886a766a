package org.uplift.marketplace.quote;

import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.notification.Notifications;
import org.uplift.tenancy.TenantContext;

/** In-app notices of the quote journey, posted into the recipient's own tenant. */
@Component
public class QuoteNotices {

    public static final String NEW_REQUEST = "notification.quote.newRequest";
    public static final String REMINDER = "notification.quote.reminder";
    public static final String ANSWERED = "notification.quote.answered";
    public static final String DECLINED = "notification.quote.declined";
    public static final String ACCEPTED = "notification.quote.accepted";
    public static final String NOT_CHOSEN = "notification.quote.notChosen";
    public static final String EXPIRED = "notification.quote.expired";
    public static final String PROVIDER_LEFT = "notification.quote.providerLeft";

    private final Team team;
    private final Notifications notifications;

    QuoteNotices(Team team, Notifications notifications) {
        this.team = team;
        this.notifications = notifications;
    }

    /** Tells the provider's admins and consultants, about its quote. */
    public void toProvider(String providerTenantId, String quoteId, String key, String... arguments) {
        TenantContext.runAs(providerTenantId, () -> team.members().stream()
                .filter(m -> m.roles().contains(Role.PROVIDER_ADMIN) || m.roles().contains(Role.PROVIDER_CONSULTANT))
                .forEach(m -> notifications.notify(m.userId(), key, List.of(arguments), "quotes/incoming/" + quoteId)));
    }

    /** Tells the SME's owners and whoever made the request, about the request. */
    public void toSme(QuoteRequest request, String key, String... arguments) {
        TenantContext.runAs(request.getTenantId(), () -> team.members().stream()
                .filter(m -> m.roles().contains(Role.ENTERPRISE_OWNER) || m.userId().equals(request.getCreatedBy()))
                .forEach(m -> notifications.notify(m.userId(), key, List.of(arguments), "quotes/requests/" + request.getId())));
    }
}
