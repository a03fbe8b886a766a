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

/**
 * The demo authority's reviewers find cases at district recommendation and at expert review, its evaluator one
 * waiting for the on-site evaluation; seeding twice changes nothing.
 */
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
    @Autowired
    DemoAcceptance acceptance;
    @Autowired
    DemoClaims claims;

    @Test
    void the_demo_reviewers_and_the_evaluator_find_their_work_and_the_sme_follows_its_applications() {
        var owner = accounts.findForSignIn("owner@anlan.sme.demo").orElseThrow();
        var district = accounts.findForSignIn("district@authority.demo").orElseThrow();
        var reviewer = accounts.findForSignIn("reviewer@authority.demo").orElseThrow();
        var evaluator = accounts.findForSignIn("evaluator@authority.demo").orElseThrow();

        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(district, work::reviews).size() == 1);
        assertThat(SignedIn.as(district, work::reviews)).extracting(ApplicationTask::stage).containsExactly("DISTRICT");
        assertThat(SignedIn.as(reviewer, work::reviews)).extracting(ApplicationTask::stage).containsExactly("EXPERT");
        assertThat(SignedIn.as(owner, applications::mine)).extracting(SubsidyApplication::getStatus)
                .containsExactlyInAnyOrder(ApplicationStatus.DISTRICT_REVIEW, ApplicationStatus.EXPERT_REVIEW,
                        ApplicationStatus.ACCEPTANCE_REQUESTED, ApplicationStatus.ACCEPTED);
        assertThat(SignedIn.as(evaluator, work::reviews)).extracting(ApplicationTask::stage)
                .containsExactly("EVALUATION");
        var waiting = SignedIn.as(owner, applications::mine).stream()
                .filter(a -> a.getStatus() == ApplicationStatus.ACCEPTANCE_REQUESTED).findFirst().orElseThrow();
        assertThat(waiting.getAcceptanceRequest().t1Level()).isEqualTo(2);
        assertThat(waiting.getImplementation()).isNotNull();

        demo.seed();
        acceptance.seed();
        claims.seed();

        assertThat(SignedIn.as(owner, applications::mine)).hasSize(4);
    }
}
