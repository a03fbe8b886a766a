package org.uplift.marketplace.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.TestFiles;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.quote.QuoteFixture;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.marketplace.rating.ProviderRatings;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.mongodb.client.gridfs.GridFSBuckets;

@SpringBootTest
class EngagementMilestonesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EngagementMilestones milestones;
    @Autowired
    Engagements engagements;
    @Autowired
    ProviderRatings ratings;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Notifications notifications;
    @Autowired
    MongoDatabaseFactory factory;

    QuoteFixture f;
    Provider provider;
    Sme sme;
    String id;

    /** An SME and an admitted provider with an engagement of two milestones from an accepted quote. */
    void engaged() {
        f = new QuoteFixture(context);
        provider = f.market.admittedProvider();
        sme = f.sme();
        QuoteRequest request = f.requested(sme, provider);
        id = f.quoteIdOf(request, provider);
        f.market.asConsultant(provider, () -> f.quotes.answer(id, TestQuotes.answer()));
        f.asOwner(sme, () -> f.requests.accept(request.getId(), id));
    }

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).contains(tuple(field, key)));
    }

    static EvidenceUpload pdf(String name) {
        byte[] bytes = TestFiles.pdf(2000);
        return new EvidenceUpload(name, bytes.length, new ByteArrayInputStream(bytes));
    }

    Engagement ofSme() {
        return TenantContext.callAs(sme.tenantId(), () -> engagements.find(id)).orElseThrow();
    }

    Engagement ofProvider() {
        return TenantContext.callAs(provider.tenantId(), () -> engagements.find(id)).orElseThrow();
    }

    Engagement deliver(int index, String note, EvidenceUpload... files) {
        return f.market.asConsultant(provider, () -> milestones.deliver(id, index, note, List.of(files)));
    }

    List<String> noticesOf(String tenantId, String userId) {
        return TenantContext.callAs(tenantId, () -> notifications.recent(userId, 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    long smeEvidenceFiles() {
        var bucket = GridFSBuckets.create(factory.getMongoDatabase(), EngagementEvidence.BUCKET);
        return TenantContext.callAs(sme.tenantId(), () -> bucket.find().into(new ArrayList<>()).size());
    }

    @Test
    void the_provider_delivers_with_evidence_and_both_copies_show_the_delivery() throws IOException {
        engaged();

        deliver(0, "调研报告已提交，请查收", pdf("调研报告.pdf"));

        for (Engagement copy : List.of(ofSme(), ofProvider())) {
            EngagementMilestone first = copy.getMilestones().get(0);
            assertThat(first.state()).isEqualTo(MilestoneState.DELIVERED);
            assertThat(first.deliveryNote()).isEqualTo("调研报告已提交，请查收");
            assertThat(first.evidence()).extracting(MilestoneEvidence::filename, MilestoneEvidence::contentType)
                    .containsExactly(tuple("调研报告.pdf", "application/pdf"));
            assertThat(copy.getMilestones().get(1).state()).isEqualTo(MilestoneState.OPEN);
        }
        String fileId = ofSme().getMilestones().get(0).evidence().get(0).fileId();
        try (var asSme = TenantContext.callAs(sme.tenantId(), () -> milestones.evidence(id, fileId)).orElseThrow();
                var asProvider = TenantContext.callAs(provider.tenantId(), () -> milestones.evidence(id, fileId))
                        .orElseThrow()) {
            assertThat(asSme.content().readAllBytes()).hasSize(2000);
            assertThat(asProvider.content().readAllBytes()).hasSize(2000);
        }
        assertThat(f.asOwner(f.sme(), () -> milestones.evidence(id, fileId))).isEmpty();
        assertThat(smeEvidenceFiles()).isEqualTo(1);
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(EngagementNotices.DELIVERED);
    }

    @Test
    void a_refused_file_leaves_nothing_of_the_delivery_behind() {
        engaged();
        byte[] exe = TestFiles.exe(500);

        assertRefused(() -> deliver(0, "见附件", pdf("报告.pdf"),
                new EvidenceUpload("setup.pdf", exe.length, new ByteArrayInputStream(exe))), "file",
                EvidenceFiles.CONTENT_MISMATCH);
        assertRefused(() -> deliver(0, " ", pdf("报告.pdf")), "note", "validation.required");

        assertThat(ofSme().getMilestones().get(0).state()).isEqualTo(MilestoneState.OPEN);
        assertThat(ofProvider().getMilestones().get(0).state()).isEqualTo(MilestoneState.OPEN);
        assertThat(smeEvidenceFiles()).isZero();
    }

    @Test
    void only_the_smes_owner_confirms_or_sends_back_and_a_reason_is_required() {
        engaged();
        deliver(0, "调研报告已提交");

        assertRefused(() -> f.market.asAdmin(provider, () -> milestones.confirm(id, 0)), "milestone",
                EngagementMilestones.OWNER_DECIDES);
        assertRefused(() -> f.asMember(sme, "member-1", () -> milestones.confirm(id, 0)), "milestone",
                EngagementMilestones.OWNER_DECIDES);
        assertRefused(() -> f.asOwner(sme, () -> milestones.confirm(id, 1)), "milestone",
                EngagementMilestones.NOT_DELIVERED);
        assertRefused(() -> f.asOwner(sme, () -> milestones.sendBack(id, 0, "")), "reason", "validation.required");
        assertRefused(() -> f.asOwner(sme, () -> milestones.deliver(id, 1, "我来交付", List.of())), "milestone",
                EngagementMilestones.PROVIDER_DELIVERS);

        f.asOwner(sme, () -> milestones.sendBack(id, 0, "缺少产线访谈记录"));

        assertThat(ofProvider().getMilestones().get(0).state()).isEqualTo(MilestoneState.SENT_BACK);
        assertThat(ofProvider().getMilestones().get(0).sendBackReason()).isEqualTo("缺少产线访谈记录");
        assertThat(noticesOf(provider.tenantId(), provider.consultant().userId()))
                .contains(EngagementNotices.SENT_BACK);

        deliver(0, "已补充访谈记录");
        f.asOwner(sme, () -> milestones.confirm(id, 0));

        assertThat(ofSme().getMilestones().get(0).state()).isEqualTo(MilestoneState.CONFIRMED);
        assertThat(ofProvider().getMilestones().get(0).state()).isEqualTo(MilestoneState.CONFIRMED);
        assertRefused(() -> deliver(0, "再交一次"), "milestone", EngagementMilestones.NOT_AWAITING_DELIVERY);
    }

    @Test
    void completion_needs_every_milestone_confirmed_and_the_rating_is_given_once_and_feeds_the_catalogue() {
        engaged();
        SolutionPackage pkg = f.market.published(provider, content("设备点检系统", 2_000_000, scenario("SC08", 2)));
        deliver(0, "调研报告");
        f.asOwner(sme, () -> milestones.confirm(id, 0));

        assertRefused(() -> f.asOwner(sme, () -> milestones.complete(id)), "id", EngagementMilestones.MILESTONES_OPEN);
        assertRefused(() -> f.asOwner(sme, () -> milestones.rate(id, 5, "好")), "stars",
                EngagementMilestones.NOT_COMPLETED);

        deliver(1, "上线验收单");
        f.asOwner(sme, () -> milestones.confirm(id, 1));
        f.asOwner(sme, () -> milestones.complete(id));

        assertThat(ofProvider().getStatus()).isEqualTo(EngagementStatus.COMPLETED);
        assertRefused(() -> f.asOwner(sme, () -> milestones.rate(id, 6, null)), "stars",
                EngagementMilestones.STARS_RANGE);
        assertRefused(() -> f.market.asAdmin(provider, () -> milestones.rate(id, 5, null)), "milestone",
                EngagementMilestones.OWNER_DECIDES);

        f.asOwner(sme, () -> milestones.rate(id, 4, "按期上线，培训到位"));

        assertThat(ofProvider().getRating().stars()).isEqualTo(4);
        assertThat(ofProvider().getRating().comment()).isEqualTo("按期上线，培训到位");
        assertRefused(() -> f.asOwner(sme, () -> milestones.rate(id, 5, null)), "stars",
                EngagementMilestones.ALREADY_RATED);
        assertThat(ratings.of(provider.tenantId()).getCount()).isEqualTo(1);
        assertThat(ratings.of(provider.tenantId()).average()).isEqualByComparingTo("4.0");
        assertThat(f.asOwner(f.sme(), () -> catalogue.find(pkg.getId())).orElseThrow().providerRating())
                .isEqualByComparingTo(new BigDecimal("4.0"));
    }

    @Test
    void ratings_add_up_atomically_to_a_constant_size_average() {
        String providerId = "rated-" + System.nanoTime();
        ratings.record(providerId, 5);
        ratings.record(providerId, 4);
        ratings.record(providerId, 4);

        assertThat(ratings.of(providerId).getCount()).isEqualTo(3);
        assertThat(ratings.of(providerId).average()).isEqualByComparingTo("4.3");
        assertThat(ratings.of("never-rated").average()).isEqualByComparingTo("0");
    }

    @Test
    void an_overdue_milestone_tells_both_sides_unless_it_was_confirmed() {
        engaged();
        deliver(0, "调研报告");
        f.asOwner(sme, () -> milestones.confirm(id, 0));

        boolean first = TenantContext.callAs(sme.tenantId(), () -> SystemWork.call("test", () -> milestones.overdue(id, 0)));
        boolean second = TenantContext.callAs(sme.tenantId(), () -> SystemWork.call("test", () -> milestones.overdue(id, 1)));

        assertThat(first).isFalse();
        assertThat(second).isTrue();
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(EngagementNotices.OVERDUE);
        assertThat(noticesOf(provider.tenantId(), provider.admin().userId())).contains(EngagementNotices.OVERDUE);
        assertThatThrownBy(() -> f.asOwner(sme, () -> milestones.overdue(id, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void copies_are_versioned_and_a_change_that_lost_the_race_is_retried_on_the_newer_copy() {
        engaged();
        Engagement stale = ofSme();
        deliver(0, "调研报告");
        stale.replaceMilestone(1, stale.getMilestones().get(1).sentBack("过期的修改", "owner", java.time.Instant.now()));
        assertThatThrownBy(() -> TenantContext.runAs(sme.tenantId(),
                () -> context.getBean(EngagementRepository.class).save(stale)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

        EngagementCopies copies = context.getBean(EngagementCopies.class);
        var raced = new java.util.concurrent.atomic.AtomicBoolean();
        Engagement saved = copies.change(sme.tenantId(), id, c -> {
            if (raced.compareAndSet(false, true)) {
                copies.change(sme.tenantId(), id, first -> first.replaceMilestone(0,
                        first.getMilestones().get(0).confirmed("owner", java.time.Instant.now())));
            }
            c.replaceMilestone(1, c.getMilestones().get(1).delivered("上线", List.of(), "consultant",
                    java.time.Instant.now()));
        });

        assertThat(saved.getMilestones()).extracting(EngagementMilestone::state)
                .containsExactly(MilestoneState.CONFIRMED, MilestoneState.DELIVERED);
    }
}
