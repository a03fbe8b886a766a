package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.identity.Accounts;
import org.uplift.marketplace.clients.ProviderClients;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.engagement.MilestoneState;

/**
 * The demo engagement: the demo SME's owner finds a delivered milestone with its evidence waiting for confirmation,
 * 数智工场's consultant the next milestone to deliver; seeding again changes nothing.
 */
@UpliftTest
class DemoEngagementsTest {

    @Autowired
    Accounts accounts;
    @Autowired
    Engagements engagements;
    @Autowired
    EngagementMilestones milestones;
    @Autowired
    DemoEngagements demoEngagements;
    @Autowired
    ProviderClients clients;

    @Test
    void the_owner_has_a_delivery_to_confirm_and_the_provider_a_milestone_to_deliver() {
        var owner = accounts.findForSignIn("owner@sme.demo").orElseThrow();
        var consultant = accounts.findForSignIn("consultant@provider.demo").orElseThrow();

        var ofSme = SignedIn.as(owner, engagements::mine);
        assertThat(ofSme).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo(EngagementStatus.ACTIVE);
            assertThat(e.getProviderTenantId()).isEqualTo(consultant.tenantId());
            assertThat(e.getMilestones()).extracting(m -> m.state()).containsExactly(MilestoneState.DELIVERED,
                    MilestoneState.OPEN, MilestoneState.OPEN);
            assertThat(e.getMilestones().get(0).evidence()).singleElement()
                    .satisfies(f -> assertThat(f.contentType()).isEqualTo("application/pdf"));
        });
        String id = ofSme.get(0).getEngagementId();
        assertThat(SignedIn.as(owner, () -> milestones.permission(ofSme.get(0))).decide()).isTrue();
        var ofProvider = SignedIn.as(consultant, () -> engagements.find(id)).orElseThrow();
        assertThat(SignedIn.as(consultant, () -> milestones.permission(ofProvider)).deliver()).isTrue();
        String fileId = ofProvider.getMilestones().get(0).evidence().get(0).fileId();
        assertThat(SignedIn.as(consultant, () -> milestones.evidence(id, fileId))).isPresent();

        demoEngagements.seed();

        assertThat(SignedIn.as(owner, engagements::mine)).hasSize(1);
    }

    @Test
    void the_demo_providers_people_find_the_demo_sme_among_their_clients_with_its_engagement() {
        var owner = accounts.findForSignIn("owner@sme.demo").orElseThrow();
        var admin = accounts.findForSignIn("admin@provider.demo").orElseThrow();
        String engagementId = SignedIn.as(owner, engagements::mine).get(0).getEngagementId();

        var client = SignedIn.as(admin, () -> clients.find(owner.tenantId())).orElseThrow();

        assertThat(client.getEngagements()).containsKey(engagementId);
        assertThat(client.getEngagements().get(engagementId).status()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(client.latestEngagementId()).contains(engagementId);
    }
}
