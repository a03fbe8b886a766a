package org.uplift.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.TimelineEntry.ActorKind;
import org.uplift.subsidy.application.TimelineEntry.Party;
import org.uplift.subsidy.audit.AuditVerification;

/** The audit timeline of an application: read and verified by its parties, nobody else. */
@SpringBootTest
class ApplicationTimelineTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SubsidyApplications applications;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    Engagement engagement;
    String id;

    @BeforeEach
    void anApplicationRecommendedByTheDistrict() {
        f = new ApplicationFixture(context);
        authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        sme = f.sme();
        engagement = f.engagement(sme);
        id = f.apply(sme, ApplicationFixture.form(engagement, programme)).getApplicationId();
        asProcess(authority, () -> applications.recordEligibility(id, List.of(), 5_000_000, 2_000_000));
        as(Role.DISTRICT_OFFICER, authority, "district", () -> applications.recommend(id, "推荐"));
    }

    @Test
    void the_applicant_sees_who_did_what_with_the_status_before_and_after_and_the_persons_display_name() {
        List<TimelineEntry> timeline = f.asOwner(sme, () -> applications.timeline(id)).orElseThrow();

        assertThat(timeline).extracting(TimelineEntry::sequence, TimelineEntry::action, TimelineEntry::party,
                TimelineEntry::actorKind, TimelineEntry::before, TimelineEntry::after, TimelineEntry::reason)
                .containsExactly(
                        tuple(1L, "APPLIED", Party.APPLICANT, ActorKind.PERSON, null, "SUBMITTED", null),
                        tuple(2L, "ELIGIBLE", Party.AUTHORITY, ActorKind.SYSTEM, "SUBMITTED", "DISTRICT_REVIEW", null),
                        tuple(3L, "RECOMMENDED", Party.AUTHORITY, ActorKind.PERSON, "DISTRICT_REVIEW", "EXPERT_REVIEW",
                                "推荐"));
        assertThat(timeline.get(0).actorName()).isEqualTo(sme.owner().displayName());
        assertThat(timeline).allSatisfy(e -> assertThat(e.at()).isNotNull());
    }

    @Test
    void the_authority_and_the_provider_of_the_engagement_read_the_same_timeline_and_verify_it() {
        var authoritys = as(Role.REVIEWER, authority, "wu", () -> applications.timeline(id)).orElseThrow();
        var providers = as(Role.PROVIDER_CONSULTANT, engagement.getProviderTenantId(), "consultant",
                () -> applications.timeline(id)).orElseThrow();

        assertThat(providers).isEqualTo(authoritys).hasSize(3);
        AuditVerification verification = as(Role.PROVIDER_CONSULTANT, engagement.getProviderTenantId(), "consultant",
                () -> applications.verifyTimeline(id)).orElseThrow();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.records()).isEqualTo(3);
    }

    @Test
    void another_sme_another_authority_or_another_provider_finds_no_timeline_as_for_an_unknown_id() {
        TestSmes.Sme other = f.quotes.sme();
        String otherAuthority = f.authority();
        String otherProvider = f.quotes.market.admittedProvider().tenantId();

        assertThat(f.asOwner(other, () -> applications.timeline(id))).isEmpty();
        assertThat(as(Role.PROGRAMME_MANAGER, otherAuthority, "x", () -> applications.timeline(id))).isEmpty();
        assertThat(as(Role.PROVIDER_ADMIN, otherProvider, "y", () -> applications.timeline(id))).isEmpty();
        assertThat(as(Role.PROVIDER_ADMIN, otherProvider, "y", () -> applications.verifyTimeline(id))).isEmpty();
        assertThat(f.asOwner(sme, () -> applications.timeline("unknown"))).isEmpty();
    }
}
