package org.uplift.workflows.admission;

import java.util.List;

import org.springframework.stereotype.Component;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.notification.Notifications;
import org.uplift.tenancy.TenantContext;

/**
 * In-app notifications of admission decisions to both sides: the provider's applicant (in the provider's
 * tenant) and the authority's reviewer who last decided (in the authority's tenant).
 */
@Component
class AdmissionNotices {

    static final String PREFIX = "admission.notification.";

    private final Notifications notifications;

    AdmissionNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void toBothSides(PoolApplication application, String event, String... arguments) {
        toProvider(application, event, arguments);
        toAuthority(application, event, arguments);
    }

    void toProvider(PoolApplication application, String event, String... arguments) {
        TenantContext.runAs(application.getTenantId(), () -> notifications.notify(application.getSubmittedBy(),
                PREFIX + event, List.of(arguments), "admission/apply"));
    }

    void toAuthority(PoolApplication application, String event, String... arguments) {
        if (application.getLastReviewer() == null) {
            return;
        }
        TenantContext.runAs(application.getAuthorityTenantId(), () -> notifications.notify(
                application.getLastReviewer(), PREFIX + event, List.of(arguments),
                "admission/reviews/" + application.getId()));
    }
}
