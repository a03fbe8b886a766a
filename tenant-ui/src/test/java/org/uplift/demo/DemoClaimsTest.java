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
import org.uplift.subsidy.claim.ClaimFile;
import org.uplift.subsidy.claim.ClaimFileKind;
import org.uplift.subsidy.claim.ClaimStatus;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.workflows.subsidy.ClaimTask;
import org.uplift.workflows.subsidy.ClaimWork;

/** The demo finance officer finds a filed claim of 杭州安澜精工 waiting for approval; seeding twice changes nothing. */
@UpliftTest
class DemoClaimsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    ClaimWork work;
    @Autowired
    SubsidyClaims claims;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    DemoClaims demo;

    @Test
    void the_demo_finance_officer_finds_the_owners_filed_claim_waiting_for_approval() {
        var owner = accounts.findForSignIn("owner@anlan.sme.demo").orElseThrow();
        var finance = accounts.findForSignIn("finance@authority.demo").orElseThrow();

        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(finance, work::approvals).size() == 1);
        String id = SignedIn.as(finance, work::approvals).get(0).applicationId();
        SubsidyClaim claim = SignedIn.as(finance, () -> claims.find(id)).orElseThrow();
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.FILED);
        assertThat(claim.getFiles()).extracting(ClaimFile::kind)
                .containsExactlyInAnyOrder(ClaimFileKind.INVOICE, ClaimFileKind.PAYMENT, ClaimFileKind.USAGE);
        assertThat(SignedIn.as(finance, claims::awaitingDecision)).extracting(SubsidyClaim::getApplicationId)
                .containsExactly(id);
        assertThat(SignedIn.as(owner, () -> applications.find(id))).map(SubsidyApplication::getStatus)
                .contains(ApplicationStatus.ACCEPTED);
        assertThat(SignedIn.as(owner, () -> claims.find(id))).map(SubsidyClaim::getStatus).contains(ClaimStatus.FILED);

        demo.seed();

        assertThat(SignedIn.as(finance, work::approvals)).extracting(ClaimTask::applicationId).containsExactly(id);
        assertThat(SignedIn.as(owner, applications::mine)).hasSize(4);
    }
}
