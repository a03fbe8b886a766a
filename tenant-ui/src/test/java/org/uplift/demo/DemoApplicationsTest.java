package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.workflows.subsidy.ApplicationTask;
import org.uplift.workflows.subsidy.ApplicationWork;

/** The demo authority's reviewers find cases at district recommendation and at expert review; seeding twice changes nothing. */
@UpliftTest
class DemoApplicationsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationWork work;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    DemoApplications demo;

    @Test
    void the_demo_reviewers_find_work_at_district_and_expert_review_and_the_sme_follows_its_applications() {
        var owner = accounts.findForSignIn("owner@anlan.sme.demo").orElseThrow();
        var district = accounts.findForSignIn("district@authority.demo").orElseThrow();
        var reviewer = accounts.findForSignIn("reviewer@authority.demo").orElseThrow();

        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(district, work::reviews).size() == 1);
        assertThat(SignedIn.as(district, work::reviews)).extracting(ApplicationTask::stage).containsExactly("DISTRICT");
        assertThat(SignedIn.as(reviewer, work::reviews)).extracting(ApplicationTask::stage).containsExactly("EXPERT");
        assertThat(SignedIn.as(owner, applications::mine)).extracting(SubsidyApplication::getStatus)
                .containsExactlyInAnyOrder(ApplicationStatus.DISTRICT_REVIEW, ApplicationStatus.EXPERT_REVIEW);

        demo.seed();

        assertThat(SignedIn.as(owner, applications::mine)).hasSize(2);
    }
}
