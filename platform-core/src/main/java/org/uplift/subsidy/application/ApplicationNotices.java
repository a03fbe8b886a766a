package org.uplift.subsidy.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.notification.Delivery;
import org.uplift.notification.Notifications;
import org.uplift.platform.Formats;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;

/**
 * Tells the SME's owners, in the bell and by e-mail, of the decisions on their application: the offer, a
 * rejection, ineligibility, and a request for information with its deadline. Reads the SME's own copy, in the
 * SME's tenant.
 */
@Component
class ApplicationNotices {

    static final String PREFIX = "notification.subsidy.";
    static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ApplicantCopyRepository copies;
    private final Team team;
    private final Notifications notifications;
    private final ZoneId zone;

    ApplicationNotices(ApplicantCopyRepository copies, Team team, Notifications notifications,
            SubsidyProperties subsidy) {
        this.copies = copies;
        this.team = team;
        this.notifications = notifications;
        this.zone = subsidy.zone();
    }

    @EventListener
    void on(ApplicationChanged changed) {
        TenantContext.runAs(changed.smeTenantId(), () -> copies.findByApplicationId(changed.applicationId())
                .ifPresent(a -> {
                    switch (changed.status()) {
                        case OFFERED -> tell(a, "offered", a.getProgrammeName(), Formats.yuan(a.getAmountFen()));
                        case REJECTED -> tell(a, "rejected", a.getProgrammeName(),
                                a.getRejectionReason() == null ? "" : a.getRejectionReason());
                        case INELIGIBLE -> tell(a, "ineligible", a.getProgrammeName());
                        case INFORMATION_REQUESTED -> tell(a, "informationRequested", a.getProgrammeName(),
                                a.getInformation().question(), deadline(a.getInformation().deadline(), zone));
                        default -> { }
                    }
                }));
    }

    private void tell(SubsidyApplication a, String event, String... arguments) {
        team.members().stream().filter(m -> m.roles().contains(Role.ENTERPRISE_OWNER))
                .forEach(m -> notifications.notify(m.userId(), PREFIX + event, List.of(arguments),
                        "applications/" + a.getApplicationId(), Delivery.IN_APP_AND_MAIL));
    }

    /** A deadline as notifications print it: Beijing date and time, the same in every language. */
    static String deadline(Instant instant, ZoneId zone) {
        return DEADLINE.withZone(zone).format(instant);
    }
}
