package org.uplift.assessment.benchmark;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.context.ApplicationEventPublisher;
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
import org.uplift.organisation.TestCreditCodes;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

@SpringBootTest
class PeerBenchmarksTest {

    static final String FRAMEWORK = Assessments.MIIT;
    static final String VERSION = "2024";
    /** Q1 answers worth 0, 2, 4, 6 and 8 points. */
    static final List<List<String>> Q1 = List.of(List.of("A"), List.of("B"), List.of("B", "C"),
            List.of("B", "C", "D"), List.of("B", "C", "D", "E"));

    @Autowired
    PeerBenchmarks benchmarks;
    @Autowired
    Organisations organisations;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    Assessments assessments;
    @Autowired
    MongoTemplate mongo;

    @Autowired
    ApplicationEventPublisher events;

    final List<String> smes = new ArrayList<>();
    /** SME → its latest submitted assessment. */
    final Map<String, String> latest = new java.util.concurrent.ConcurrentHashMap<>();
    final List<BigDecimal> totals = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void no_benchmarks_yet() {
        mongo.dropCollection(PeerBenchmarks.COLLECTION);
    }

    String sme(String industry) {
        String tenant = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州同行企业有限公司",
                TestCreditCodes.next(), "330110", industry, "陈经理", "owner-" + UUID.randomUUID() + "@example.cn",
                "Strong-pass-2024")).getId();
        TenantContext.runAs(tenant, () -> profiles.save(
                new CompanyProfileForm(industry, "330110", 120, new BigDecimal("8000"), "数控机床"), "owner"));
        smes.add(tenant);
        return tenant;
    }

    BigDecimal submit(String tenant, List<String> q1) {
        Assessment submitted = TenantContext.callAs(tenant, () -> {
            String id = assessments.start("owner").getId();
            TestActors.asOwner("owner", () -> assessments.saveAnswer(id, "Q1", q1));
            return TestActors.asOwner("owner", () -> assessments.submit(id));
        });
        totals.add(submitted.getTotalScore());
        latest.put(tenant, submitted.getId());
        return submitted.getTotalScore();
    }

    void smesSubmit(int count, String industry) {
        for (int i = 0; i < count; i++) {
            submit(sme(industry), Q1.get(i));
        }
    }

    void publish(String tenant, int level) {
        assertThat(TenantContext.callAs(tenant, () -> assessments.recordLevel(latest.get(tenant), level))).isTrue();
    }

    Map<Integer, Long> levels(String segment) {
        return benchmarks.statistics(FRAMEWORK, VERSION, segment).orElseThrow().levels();
    }

    static Map<Integer, Long> counts(long... perLevel) {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        for (int level = 0; level < perLevel.length; level++) {
            counts.put(level, perLevel[level]);
        }
        return counts;
    }

    Comparison comparison(String segment) {
        return benchmarks.comparison(FRAMEWORK, VERSION, segment);
    }

    @Test
    void four_smes_are_too_few_peers_to_compare_with() {
        smesSubmit(4, "C34");
        assertThat(comparison(PeerBenchmarks.ALL)).isEqualTo(new TooFewPeers(4, PeerBenchmarks.K));
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.ALL)).isEmpty();
        assertThat(comparison("industry:C13")).isEqualTo(new TooFewPeers(0, PeerBenchmarks.K));
    }

    @Test
    void a_fifth_distinct_sme_makes_statistics_available_with_mean_and_median() {
        smesSubmit(5, "C34");
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        assertThat(sorted.get(0)).isLessThan(sorted.get(4));

        SegmentStatistics statistics = benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.ALL).orElseThrow();
        assertThat(comparison(PeerBenchmarks.ALL)).isEqualTo(new Available(statistics));
        assertThat(statistics.count()).isEqualTo(5);
        assertThat(statistics.total().mean()).isEqualByComparingTo(mean);
        assertThat(statistics.total().median()).isEqualByComparingTo(sorted.get(2));
        assertThat(statistics.total().q1()).isEqualByComparingTo(sorted.get(1));
        assertThat(statistics.total().q3()).isEqualByComparingTo(sorted.get(3));
        assertThat(statistics.dimensions()).containsKey("D1");
        assertThat(statistics.dimensions().get("D1").count()).isEqualTo(5);
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.size(
                org.uplift.organisation.SizeClass.SMALL))).isPresent();
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.district("330110"))).isPresent();
    }

    @Test
    void a_resubmission_by_the_same_sme_replaces_its_entry() {
        smesSubmit(4, "C34");
        String first = smes.get(0);
        BigDecimal before = totals.get(0);
        BigDecimal after = submit(first, Q1.get(4));
        assertThat(after).isGreaterThan(before);

        assertThat(comparison(PeerBenchmarks.ALL)).isEqualTo(new TooFewPeers(4, PeerBenchmarks.K));
        submit(sme("C34"), Q1.get(0));
        SegmentStatistics statistics = benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.ALL).orElseThrow();
        assertThat(statistics.count()).isEqualTo(5);
        List<BigDecimal> latest = new ArrayList<>(totals);
        latest.remove(0); // the first SME's earlier submission no longer counts
        BigDecimal mean = latest.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(5), 2, RoundingMode.HALF_UP);
        assertThat(statistics.total().mean()).isEqualByComparingTo(mean);
    }

    @Test
    void an_industry_segment_counts_only_smes_of_that_industry() {
        smesSubmit(5, "C34");
        submit(sme("C13"), Q1.get(4));

        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.industry("C34")).orElseThrow().count())
                .isEqualTo(5);
        assertThat(comparison(PeerBenchmarks.industry("C13"))).isEqualTo(new TooFewPeers(1, PeerBenchmarks.K));
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.ALL).orElseThrow().count()).isEqualTo(6);
    }

    @Test
    void concurrent_submissions_of_different_smes_are_all_counted() {
        List<String> tenants = java.util.stream.IntStream.range(0, 8).mapToObj(i -> sme("C34")).toList();
        java.util.concurrent.CompletableFuture.allOf(tenants.stream()
                .map(tenant -> java.util.concurrent.CompletableFuture.runAsync(() -> submit(tenant, Q1.get(2))))
                .toArray(java.util.concurrent.CompletableFuture[]::new)).join();

        SegmentStatistics statistics = benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.ALL).orElseThrow();
        assertThat(statistics.count()).isEqualTo(8);
        assertThat(statistics.total().mean()).isEqualByComparingTo(statistics.total().median());
    }

    @Test
    void an_sme_without_a_profile_counts_only_in_all() {
        String tenant = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州无档案企业有限公司",
                TestCreditCodes.next(), "330110", "C13", "陈经理", "owner-" + UUID.randomUUID() + "@example.cn",
                "Strong-pass-2024")).getId();
        submit(tenant, Q1.get(1));
        List<String> segments = CrossTenantAccess.call("test", () -> mongo.findAll(Document.class,
                PeerBenchmarks.COLLECTION)).stream().map(document -> document.getString("segment")).toList();
        assertThat(segments).containsExactly(PeerBenchmarks.ALL);
    }

    @Test
    void stored_documents_contain_no_raw_tenant_id() {
        smesSubmit(5, "C34");
        List<Document> stored = CrossTenantAccess.call("test", () -> mongo.findAll(Document.class,
                PeerBenchmarks.COLLECTION));
        assertThat(stored).hasSize(4); // all, industry, size, district
        for (Document document : stored) {
            String json = document.toJson();
            assertThat(smes).allSatisfy(tenant -> assertThat(json).doesNotContain(tenant));
            assertThat(document.get("peers", Document.class).keySet())
                    .containsExactlyInAnyOrderElementsOf(smes.stream().map(PeerBenchmarks::peerKey).toList());
        }
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

        assertThat(levels(PeerBenchmarks.ALL)).containsExactlyEntriesOf(counts(1, 2, 1, 1, 0));
        assertThat(levels(PeerBenchmarks.industry("C34"))).containsExactlyEntriesOf(counts(1, 2, 1, 1, 0));
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, PeerBenchmarks.ALL).orElseThrow().count()).isEqualTo(5);
    }

    @Test
    void the_level_distribution_stays_hidden_until_five_smes_have_a_published_level() {
        smesSubmit(5, "C34");
        for (int i = 0; i < 4; i++) {
            publish(smes.get(i), 2);
        }
        assertThat(levels(PeerBenchmarks.ALL)).isEmpty();

        publish(smes.get(4), 1);
        assertThat(levels(PeerBenchmarks.ALL)).containsExactlyEntriesOf(counts(0, 1, 4, 0, 0));
    }

    @Test
    void a_resubmission_counts_its_own_level_once_published_and_the_old_one_no_longer() {
        smesSubmit(5, "C34");
        smes.forEach(tenant -> publish(tenant, 1));
        String first = smes.get(0);
        String old = latest.get(first);

        submit(first, Q1.get(4));
        assertThat(levels(PeerBenchmarks.ALL)).as("four SMEs with a level are too few").isEmpty();
        events.publishEvent(new AssessmentPublished(first, old, FRAMEWORK, VERSION, 4));
        assertThat(levels(PeerBenchmarks.ALL)).as("a late word about the replaced assessment").isEmpty();

        publish(first, 3);
        assertThat(levels(PeerBenchmarks.ALL)).containsExactlyEntriesOf(counts(0, 4, 0, 1, 0));
    }

    @Test
    void a_level_published_before_the_submission_reached_the_benchmarks_still_counts() {
        smesSubmit(5, "C34");
        smes.stream().limit(4).forEach(tenant -> publish(tenant, 2));
        String last = smes.get(4);
        String peer = "peers." + PeerBenchmarks.peerKey(last);
        CrossTenantAccess.run("test", () -> mongo.updateMulti(new org.springframework.data.mongodb.core.query.Query(),
                new org.springframework.data.mongodb.core.query.Update().unset(peer), PeerBenchmarks.COLLECTION));

        publish(last, 3); // the journey was faster than the submission's own listener
        events.publishEvent(new AssessmentSubmitted(last, latest.get(last), FRAMEWORK, VERSION));

        assertThat(levels(PeerBenchmarks.ALL)).containsExactlyEntriesOf(counts(0, 0, 4, 1, 0));
    }

    @Test
    void a_framework_without_levels_has_no_level_distribution() {
        smesSubmit(5, "C34");
        smes.forEach(tenant -> assertThat(TenantContext.callAs(tenant,
                () -> assessments.recordLevel(latest.get(tenant), null))).isTrue());
        assertThat(levels(PeerBenchmarks.ALL)).isEmpty();
    }
}
