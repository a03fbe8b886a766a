package org.uplift.subsidy.application;

import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;

/** An application taken through the domain's acts (no process here) to registration and its time box. */
final class RegisteredApplications {

    private RegisteredApplications() {
    }

    static SubsidyApplication registered(ApplicationContext context, ApplicationFixture f, String authority,
            String programme, TestSmes.Sme sme, Engagement engagement) {
        SubsidyApplications applications = context.getBean(SubsidyApplications.class);
        String id = f.apply(sme, ApplicationFixture.form(engagement, programme)).getApplicationId();
        asProcess(authority, () -> applications.recordEligibility(id, List.of(), 5_000_000, 2_000_000));
        as(Role.DISTRICT_OFFICER, authority, "qian", () -> applications.recommend(id, "推荐"));
        as(Role.REVIEWER, authority, "wu", () -> applications.approve(id, "同意"));
        asProcess(authority, () -> applications.offer(id));
        f.asOwner(sme, () -> applications.acceptOffer(id));
        return asProcess(authority, () -> context.getBean(ImplementationDeadlines.class).start(id));
    }
}
