package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.identity.SignInAccount;
import org.uplift.marketplace.admission.ApplicationStatus;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.admission.AdmissionWork;

/** The demo applicant's application waits at the demo authority's expert review; seeding again adds nothing. */
@UpliftTest
class DemoAdmissionTest {

    @Autowired
    DemoAdmission admission;
    @Autowired
    PoolApplications applications;
    @Autowired
    AdmissionWork work;
    @Autowired
    Organisations organisations;
    @Autowired
    Accounts accounts;

    @Test
    void the_demo_reviewer_finds_the_applicants_application_waiting_and_seeding_again_changes_nothing() {
        String applicant = organisations.providers().stream()
                .filter(o -> DemoData.APPLICANT_PROVIDER.equals(o.getCreditCode())).findFirst().orElseThrow().getId();
        SignInAccount reviewer = accounts.findForSignIn("reviewer@authority.demo").orElseThrow();
        PoolApplication application = TenantContext.callAs(applicant,
                () -> org.uplift.identity.SystemWork.call("test: read the demo application", () -> applications.mine()))
                .stream().findFirst().orElseThrow();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(application.getAuthorityName()).isEqualTo(DemoData.AUTHORITY);

        await().atMost(Duration.ofSeconds(30)).until(() -> SignedIn.as(reviewer, () -> work.review(application.getId()))
                .isPresent());

        admission.seed();
        assertThat(TenantContext.callAs(applicant, () -> applications.mine())).hasSize(1);
    }
}
