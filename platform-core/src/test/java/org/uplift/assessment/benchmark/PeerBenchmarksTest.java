package org.uplift.assessment.benchmark;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentPublished;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison.Available;
import org.uplift.assessment.benchmark.Comparison.TooFewPeers;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.Registration;
import org.uplift.organisation.SizeClass;
import org.uplift.organisation.TestCreditCodes;
import org.uplift.organisation.Vouches;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/** What a segment releases: counts, exact statistics, levels, and only SMEs vouched for. */
class PeerBenchmarksTest extends PeerBenchmarkScenario {

    @Test
    void four_smes_are_too_few_peers_and_how_many_there_are_is_not_told() {
        smesSubmit(4, "C34");
        assertThat(comparison(Segment.ALL)).isEqualTo(NOTHING_RELEASED);
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL)).isEmpty();
        assertThat(comparison(Segment.industry("C13"))).isEqualTo(NOTHING_RELEASED);
    }

    @Test
    void a_fifth_distinct_sme_releases_statistics_with_exact_mean_median_and_quartiles() {
        smesSubmit(5, "C34");
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        assertThat(sorted.get(0)).isLessThan(sorted.get(4));

        SegmentStatistics statistics = benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL).orElseThrow();
        assertThat(comparison(Segment.ALL)).isEqualTo(new Available(statistics));
        assertThat(statistics.segment()).isEqualTo(Segment.ALL);
        assertThat(statistics.count()).isEqualTo(5);
        assertThat(statistics.total().mean()).isEqualByComparingTo(mean);
        assertThat(statistics.total().median()).isEqualByComparingTo(sorted.get(2));
        assertThat(statistics.total().q1()).isEqualByComparingTo(sorted.get(1));
        assertThat(statistics.total().q3()).isEqualByComparingTo(sorted.get(3));
        assertThat(statistics.dimensions()).containsKey("D1");
        assertThat(statistics.dimensions().get("D1").count()).isEqualTo(5);
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.size(SizeClass.SMALL))).isPresent();
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.district(DISTRICT))).isPresent();
    }

    @Test
    void a_resubmission_by_the_same_sme_replaces_its_contribution() {
        smesSubmit(4, "C34");
        BigDecimal before = totals.get(0);
        BigDecimal after = submit(smes.get(0), Q1.get(4));
        assertThat(after).isGreaterThan(before);
        assertThat(live(Segment.ALL).count()).isEqualTo(4);

        submit(sme("C34"), Q1.get(0));
        SegmentStatistics statistics = benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL).orElseThrow();
        assertThat(statistics.count()).isEqualTo(5);
        List<BigDecimal> current = new ArrayList<>(totals);
        current.remove(0); // the first SME's earlier submission no longer counts
        BigDecimal mean = current.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        assertThat(statistics.total().mean()).isEqualByComparingTo(mean);
    }

    @Test
    void an_industry_segment_counts_only_smes_of_that_industry() {
        smesSubmit(5, "C34");
        submit(sme("C13"), Q1.get(4));

        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.industry("C34")).orElseThrow().count())
                .isEqualTo(5);
        assertThat(comparison(Segment.industry("C13"))).isEqualTo(NOTHING_RELEASED);
        assertThat(live(Segment.ALL).count()).isEqualTo(6);
    }

    @Test
    void an_sme_without_a_profile_counts_only_in_all() {
        String tenant = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州无档案企业有限公司",
                TestCreditCodes.next(), DISTRICT, "C13", "陈经理", "owner-" + UUID.randomUUID() + "@example.cn",
                "Strong-pass-2024")).getId();
        vouch(tenant);
        submit(tenant, Q1.get(1));
        assertThat(stored(SegmentAggregates.AGGREGATES).stream().map(d -> d.getString("segment")))
                .containsExactly("all");
    }

    @Test
    void published_levels_are_counted_once_per_assessment() {
        smesSubmit(5, "C34");
        int[] published = {0, 1, 1, 2, 3};
        for (int i = 0; i < 5; i++) {
            publish(smes.get(i), published[i]);
        }
        String again = smes.get(3);
        events.publishEvent(new AssessmentPublished(again, latest.get(again), FRAMEWORK, VERSION, 2));
        events.publishEvent(new AssessmentPublished(again, latest.get(again), FRAMEWORK, VERSION, 2));

        Map<Integer, Long> expected = new java.util.TreeMap<>(Map.of(0, 1L, 1, 2L, 2, 1L, 3, 1L));
        assertThat(live(Segment.ALL).levels()).containsExactlyEntriesOf(expected);
        assertThat(live(Segment.industry("C34")).levels()).containsExactlyEntriesOf(expected);
        assertThat(levels(Segment.ALL)).as("every level has fewer than K: none is shown").isEmpty();
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL).orElseThrow().count()).isEqualTo(5);
    }

    @Test
    void a_level_is_shown_once_five_smes_published_at_it() {
        smesSubmit(5, "C34");
        for (int i = 0; i < 4; i++) {
            publish(smes.get(i), 2);
        }
        assertThat(levels(Segment.ALL)).isEmpty();

        publish(smes.get(4), 2);
        assertThat(levels(Segment.ALL)).containsExactlyEntriesOf(Map.of(2, 5L));
    }

    @Test
    void a_resubmission_counts_its_own_level_once_published_and_the_old_one_no_longer() {
        smesSubmit(5, "C34");
        smes.forEach(tenant -> publish(tenant, 1));
        String first = smes.get(0);
        String old = latest.get(first);

        submit(first, Q1.get(4));
        assertThat(live(Segment.ALL).levels()).containsExactlyEntriesOf(Map.of(1, 4L));
        events.publishEvent(new AssessmentPublished(first, old, FRAMEWORK, VERSION, 4));
        assertThat(live(Segment.ALL).levels()).as("a late word about the replaced assessment")
                .containsExactlyEntriesOf(Map.of(1, 4L));

        publish(first, 3);
        assertThat(live(Segment.ALL).levels()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(1, 4L, 3, 1L)));
    }

    @Test
    void a_level_published_before_the_submission_reached_the_benchmarks_still_counts() {
        smesSubmit(5, "C34");
        smes.stream().limit(4).forEach(tenant -> publish(tenant, 2));
        mongo.dropCollection(ContributionChanges.CONTRIBUTIONS);
        mongo.dropCollection(SegmentAggregates.AGGREGATES);

        String last = smes.get(4);
        publish(last, 3); // the journey was faster than the submission's own listener
        smes.forEach(tenant -> events.publishEvent(new AssessmentSubmitted(tenant, latest.get(tenant), FRAMEWORK,
                VERSION)));

        assertThat(live(Segment.ALL).levels()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(2, 4L, 3, 1L)));
    }

    @Test
    void a_framework_without_levels_has_no_level_distribution() {
        smesSubmit(5, "C34");
        smes.forEach(tenant -> assertThat(TenantContext.callAs(tenant,
                () -> assessments.recordLevel(latest.get(tenant), null))).isTrue());
        assertThat(levels(Segment.ALL)).isEmpty();
    }

    @Test
    void smes_not_vouched_for_count_nowhere_until_an_authority_vouches_for_them() {
        List<String> unvouched = IntStream.range(0, 5).mapToObj(i -> unvouchedSme("C34", DISTRICT)).toList();
        unvouched.forEach(tenant -> submit(tenant, Q1.get(2)));
        assertThat(aggregates.unreleased(FRAMEWORK, VERSION, Segment.ALL)).isEmpty();
        assertThat(comparison(Segment.ALL)).isEqualTo(NOTHING_RELEASED);

        unvouched.forEach(this::vouch);

        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL).orElseThrow().count()).isEqualTo(5);
    }

    @Test
    void only_an_authority_may_vouch_and_only_for_an_sme() {
        String sme = unvouchedSme("C34", DISTRICT);
        String other = unvouchedSme("C34", DISTRICT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantContext.runAs(other, () -> vouches.vouch(sme)))
                .isInstanceOf(org.uplift.organisation.NotAnAuthorityException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TenantContext.runAs(authority,
                () -> vouches.vouch(authority))).isInstanceOf(org.uplift.validation.InputRejectedException.class);
        assertThat(vouches.isVouched(sme)).isFalse();
    }
}
