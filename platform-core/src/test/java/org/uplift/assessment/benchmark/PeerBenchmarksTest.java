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

@SpringBootTest
class PeerBenchmarksTest {

    static final String FRAMEWORK = Assessments.MIIT;
    static final String VERSION = "2024";
    static final String DISTRICT = "330110";
    /** Q1 answers worth 0, 2, 4, 6 and 8 points. */
    static final List<List<String>> Q1 = List.of(List.of("A"), List.of("B"), List.of("B", "C"),
            List.of("B", "C", "D"), List.of("B", "C", "D", "E"));
    static final TooFewPeers NOTHING_RELEASED = new TooFewPeers(PeerBenchmarks.K);

    @Autowired
    PeerBenchmarks benchmarks;
    @Autowired
    Organisations organisations;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    Assessments assessments;
    @Autowired
    Vouches vouches;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;

    String authority;
    final List<String> smes = java.util.Collections.synchronizedList(new ArrayList<>());
    /** SME → its latest submitted assessment. */
    final Map<String, String> latest = new java.util.concurrent.ConcurrentHashMap<>();
    final List<BigDecimal> totals = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void no_benchmarks_yet() {
        mongo.dropCollection(PeerBenchmarks.CONTRIBUTIONS);
        mongo.dropCollection(PeerBenchmarks.AGGREGATES);
        mongo.dropCollection(PeerBenchmarks.LEGACY);
        mongo.dropCollection(PeerBenchmarks.IN_FLIGHT);
        authority = organisations.createAdministrativeTenant(TenantKind.AUTHORITY, "杭州市经信局", DISTRICT, "周处长",
                "manager-" + UUID.randomUUID() + "@authority.cn", "Strong-pass-2024").getId();
    }

    /** A registered SME with a complete profile, not vouched for. */
    String unvouchedSme(String industry, String district) {
        String tenant = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州同行企业有限公司",
                TestCreditCodes.next(), district, industry, "陈经理", "owner-" + UUID.randomUUID() + "@example.cn",
                "Strong-pass-2024")).getId();
        TenantContext.runAs(tenant, () -> profiles.save(
                new CompanyProfileForm(industry, district, 120, new BigDecimal("8000"), "数控机床"), "owner"));
        return tenant;
    }

    String sme(String industry) {
        return sme(industry, DISTRICT);
    }

    String sme(String industry, String district) {
        String tenant = unvouchedSme(industry, district);
        vouch(tenant);
        smes.add(tenant);
        return tenant;
    }

    void vouch(String tenant) {
        TenantContext.runAs(authority, () -> vouches.vouch(tenant));
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
            submit(sme(industry), Q1.get(i % Q1.size()));
        }
    }

    void publish(String tenant, int level) {
        assertThat(TenantContext.callAs(tenant, () -> assessments.recordLevel(latest.get(tenant), level))).isTrue();
    }

    Map<Integer, Long> levels(Segment segment) {
        return benchmarks.statistics(FRAMEWORK, VERSION, segment).orElseThrow().levels();
    }

    SegmentStatistics live(Segment segment) {
        return benchmarks.unreleased(FRAMEWORK, VERSION, segment).orElseThrow();
    }

    Comparison comparison(Segment segment) {
        return benchmarks.comparison(FRAMEWORK, VERSION, segment);
    }

    List<Document> stored(String collection) {
        return CrossTenantAccess.call("test", () -> mongo.findAll(Document.class, collection));
    }

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
    void parallel_submissions_and_repeated_events_are_each_counted_exactly_once() {
        List<String> tenants = IntStream.range(0, 12).mapToObj(i -> sme("C34")).toList();
        CompletableFuture.allOf(tenants.stream()
                .map(tenant -> CompletableFuture.runAsync(() -> submit(tenant, Q1.get(2))))
                .toArray(CompletableFuture[]::new)).join();
        // each SME re-submits while the earlier events are announced again, all at once
        List<CompletableFuture<Void>> racing = new ArrayList<>();
        for (String tenant : tenants) {
            String first = latest.get(tenant);
            racing.add(CompletableFuture.runAsync(() -> submit(tenant, Q1.get(3))));
            racing.add(CompletableFuture.runAsync(() -> events.publishEvent(
                    new AssessmentSubmitted(tenant, first, FRAMEWORK, VERSION))));
        }
        CompletableFuture.allOf(racing.toArray(CompletableFuture[]::new)).join();
        tenants.forEach(tenant -> CompletableFuture.runAsync(() -> events.publishEvent(
                new AssessmentSubmitted(tenant, latest.get(tenant), FRAMEWORK, VERSION))).join());

        SegmentStatistics all = live(Segment.ALL);
        assertThat(all.count()).isEqualTo(12);
        assertThat(all.total().count()).isEqualTo(12);
        BigDecimal six = submittedTotal(tenants.get(0));
        assertThat(all.total().q1()).isEqualByComparingTo(six);
        assertThat(all.total().q3()).isEqualByComparingTo(six);
        assertThat(all.total().mean()).isEqualByComparingTo(six);
        assertThat(live(Segment.industry("C34")).count()).isEqualTo(12);
    }

    BigDecimal submittedTotal(String tenant) {
        return TenantContext.callAs(tenant, () -> assessments.find(latest.get(tenant)).orElseThrow().getTotalScore());
    }

    @Test
    void an_sme_without_a_profile_counts_only_in_all() {
        String tenant = organisations.register(new Registration(TenantKind.ENTERPRISE, "杭州无档案企业有限公司",
                TestCreditCodes.next(), DISTRICT, "C13", "陈经理", "owner-" + UUID.randomUUID() + "@example.cn",
                "Strong-pass-2024")).getId();
        vouch(tenant);
        submit(tenant, Q1.get(1));
        assertThat(stored(PeerBenchmarks.AGGREGATES).stream().map(d -> d.getString("segment")))
                .containsExactly("all");
    }

    @Test
    void aggregates_contain_no_tenant_id_and_nothing_grows_with_the_number_of_smes_but_their_own_contributions() {
        smesSubmit(5, "C34");
        int aggregateSize = stored(PeerBenchmarks.AGGREGATES).stream().mapToInt(d -> d.toJson().length()).max()
                .orElseThrow();
        smesSubmit(15, "C34"); // the same five answers again, three times

        List<Document> aggregates = stored(PeerBenchmarks.AGGREGATES);
        assertThat(aggregates).hasSize(4); // all, industry, size, district
        for (Document aggregate : aggregates) {
            String json = aggregate.toJson();
            assertThat(smes).allSatisfy(tenant -> assertThat(json).doesNotContain(tenant));
        }
        List<Document> contributions = stored(PeerBenchmarks.CONTRIBUTIONS);
        assertThat(contributions.stream().map(d -> d.getString("tenantId")))
                .containsExactlyInAnyOrderElementsOf(smes);
        assertThat(stored(PeerBenchmarks.IN_FLIGHT)).as("nothing left in flight").isEmpty();
        // the ring of recent change ids fills up to its bound; beyond that nothing depends on the SMEs' number
        int ring = PeerBenchmarks.RECENT * ("\"chg-0123456789abcdef01234567\", ".length());
        assertThat(aggregates).allSatisfy(d -> assertThat(d.toJson().length()).isLessThan(aggregateSize + ring));
    }

    @Test
    void an_sme_reads_and_changes_only_its_own_contribution() {
        smesSubmit(2, "C34");
        String mine = smes.get(0);
        List<Document> seen = TenantContext.callAs(mine, () -> mongo.findAll(Document.class,
                PeerBenchmarks.CONTRIBUTIONS));
        assertThat(seen).singleElement().satisfies(d -> assertThat(d.getString("tenantId")).isEqualTo(mine));
    }

    static List<Document> concat(List<Document> a, List<Document> b) {
        List<Document> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
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
        mongo.dropCollection(PeerBenchmarks.CONTRIBUTIONS);
        mongo.dropCollection(PeerBenchmarks.AGGREGATES);

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
        assertThat(benchmarks.unreleased(FRAMEWORK, VERSION, Segment.ALL)).isEmpty();
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

    @Test
    void a_change_interrupted_half_way_is_finished_at_start_and_counted_once() {
        smesSubmit(5, "C34");
        String tenant = smes.get(0);
        // as if the JVM died after applying a re-submission to "all" but before the other segments
        Document current = TenantContext.callAs(tenant, () -> mongo.findOne(query(where("frameworkId").is(FRAMEWORK)
                .and("version").is(VERSION)), Document.class, PeerBenchmarks.CONTRIBUTIONS)).get("current",
                        Document.class);
        Document to = new Document(current).append("total", current.getLong("total") + 100)
                .append("assessmentId", "interrupted");
        TenantContext.runAs(tenant, () -> mongo.updateFirst(query(where("frameworkId").is(FRAMEWORK)
                .and("version").is(VERSION)), new org.springframework.data.mongodb.core.query.Update()
                .inc("sequence", 1).set("pending", new Document("id", "interrupted").append("to", to)
                        .append("done", List.of())), PeerBenchmarks.CONTRIBUTIONS));
        CrossTenantAccess.run("test", () -> mongo.insert(new Document("_id", "interrupted").append("tenantId", tenant)
                .append("frameworkId", FRAMEWORK).append("version", VERSION), PeerBenchmarks.IN_FLIGHT));
        // and as if it died after journalling another change, before claiming it
        CrossTenantAccess.run("test", () -> mongo.insert(new Document("_id", "never-claimed")
                .append("tenantId", smes.get(1)).append("frameworkId", FRAMEWORK).append("version", VERSION),
                PeerBenchmarks.IN_FLIGHT));
        long before = live(Segment.ALL).count();
        BigDecimal meanBefore = live(Segment.ALL).total().mean();

        benchmarks.finishInterrupted();
        benchmarks.finishInterrupted();

        assertThat(live(Segment.ALL).count()).isEqualTo(before);
        assertThat(live(Segment.ALL).total().mean()).isEqualByComparingTo(meanBefore.add(new BigDecimal("0.20")));
        assertThat(live(Segment.district(DISTRICT)).total().mean())
                .isEqualByComparingTo(live(Segment.ALL).total().mean());
        assertThat(stored(PeerBenchmarks.CONTRIBUTIONS)).noneMatch(d -> d.containsKey("pending"));
        assertThat(stored(PeerBenchmarks.IN_FLIGHT)).isEmpty();
    }

    @Test
    void old_format_segment_documents_migrate_into_contributions_and_aggregates_once() {
        List<String> tenants = IntStream.range(0, PeerBenchmarks.K).mapToObj(i -> sme("C34")).toList();
        String notVouched = unvouchedSme("C34", DISTRICT);
        double[] scores = {12.5, 20.0, 33.25, 47.0, 61.75};
        Document peers = new Document();
        for (int i = 0; i < tenants.size(); i++) {
            peers.append(PeerBenchmarks.legacyKey(tenants.get(i)), legacyEntry("a" + i, scores[i], i < 4 ? 1 : null));
        }
        Document withOutsider = new Document(peers).append(PeerBenchmarks.legacyKey(notVouched),
                legacyEntry("x", 99.0, 4));
        for (String segment : List.of("all", "industry:C34", "district:" + DISTRICT)) {
            Document legacy = new Document("_id", PeerBenchmarks.id(FRAMEWORK, VERSION, segment))
                    .append("frameworkId", FRAMEWORK).append("version", VERSION).append("segment", segment)
                    .append("peers", segment.equals("all") ? withOutsider : peers).append("revision", 7)
                    .append("statistics", new Document("count", 6));
            CrossTenantAccess.run("test", () -> mongo.insert(legacy, PeerBenchmarks.LEGACY));
        }

        benchmarks.migrateLegacy();
        benchmarks.migrateLegacy();

        assertThat(mongo.collectionExists(PeerBenchmarks.LEGACY)).isFalse();
        assertThat(stored(PeerBenchmarks.CONTRIBUTIONS)).hasSize(6);
        SegmentStatistics all = benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL).orElseThrow();
        assertThat(all.count()).isEqualTo(5);
        assertThat(all.total()).isEqualTo(Distribution.of(List.of(12.5, 20.0, 33.25, 47.0, 61.75)));
        assertThat(all.dimensions().get("D1")).isEqualTo(Distribution.of(List.of(12.5, 20.0, 33.25, 47.0, 61.75)));
        assertThat(live(Segment.ALL).levels()).containsExactlyEntriesOf(Map.of(1, 4L));
        assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.district(DISTRICT)).orElseThrow().total())
                .isEqualTo(all.total());
        assertThat(comparison(Segment.size(SizeClass.SMALL))).isEqualTo(NOTHING_RELEASED);

        vouch(notVouched); // an SME vouched for after the migration counts from then on
        assertThat(live(Segment.ALL).count()).isEqualTo(6);
        assertThat(live(Segment.industry("C34")).count()).isEqualTo(5);
    }

    static Document legacyEntry(String assessmentId, double score, Integer level) {
        Document entry = new Document("assessmentId", assessmentId).append("total", score)
                .append("dimensions", new Document("D1", score))
                .append("submittedAt", java.util.Date.from(java.time.Instant.parse("2026-11-20T08:00:00Z")));
        return level == null ? entry : entry.append("level", level);
    }

    /**
     * The differencing attacks of issue 7: each scenario is played twice with the victim answering differently,
     * and everything the attacker can read must be the same both times.
     */
    @org.junit.jupiter.api.Nested
    class Differencing {

        static final String SMALL_DISTRICT = "330106";

        /** What the attacker's SMEs can read: the comparison of every segment they belong to. */
        List<Comparison> seenBy(String tenant) {
            return TenantContext.callAs(tenant, () -> Segment.of(profiles.current())).stream()
                    .map(PeerBenchmarksTest.this::comparison).toList();
        }

        void resetBenchmarks() {
            mongo.dropCollection(PeerBenchmarks.CONTRIBUTIONS);
            mongo.dropCollection(PeerBenchmarks.AGGREGATES);
        }

        List<Comparison> fakesJoinTheVictimsDistrict(List<String> victimAnswer) {
            resetBenchmarks();
            for (int i = 0; i < PeerBenchmarks.K; i++) {
                submit(sme("C34"), Q1.get(i));
            }
            String victim = sme("C34", SMALL_DISTRICT);
            submit(victim, victimAnswer);
            publish(victim, 1);
            // four self-registered companies with valid credit codes, complete profiles and published results
            List<String> fakes = IntStream.range(0, PeerBenchmarks.K - 1)
                    .mapToObj(i -> unvouchedSme("C34", SMALL_DISTRICT)).toList();
            for (String fake : fakes) {
                submit(fake, Q1.get(0));
                publish(fake, 0);
            }
            List<Comparison> seen = new ArrayList<>();
            fakes.forEach(fake -> seen.addAll(seenBy(fake)));
            return seen;
        }

        @Test
        void fake_smes_joining_a_small_segment_learn_nothing_about_the_victim() {
            List<Comparison> low = fakesJoinTheVictimsDistrict(Q1.get(0));
            List<Comparison> high = fakesJoinTheVictimsDistrict(Q1.get(4));

            assertThat(low).isEqualTo(high);
            assertThat(comparison(Segment.district(SMALL_DISTRICT))).isEqualTo(NOTHING_RELEASED);
            assertThat(low).allSatisfy(seen -> assertThat(seen).satisfiesAnyOf(
                    s -> assertThat(s).isEqualTo(NOTHING_RELEASED),
                    s -> assertThat(((Available) s).statistics().count()).isEqualTo(PeerBenchmarks.K)));
        }

        /** The attacker, itself a vouched SME, looks before and after one newcomer and nudges its own score. */
        List<Comparison> aNewcomerBetweenTwoLooks(List<String> newcomerAnswer) {
            resetBenchmarks();
            for (int i = 0; i < PeerBenchmarks.K; i++) {
                submit(sme("C34"), Q1.get(i));
            }
            String attacker = smes.get(smes.size() - 1);
            List<Comparison> seen = new ArrayList<>(seenBy(attacker));
            submit(sme("C34"), newcomerAnswer);
            seen.addAll(seenBy(attacker));
            for (int i = 0; i < PeerBenchmarks.K; i++) { // re-submitting itself to force a new release
                submit(attacker, Q1.get(i));
                seen.addAll(seenBy(attacker));
            }
            return seen;
        }

        @Test
        void before_and_after_one_newcomer_the_statistics_are_the_same() {
            List<Comparison> low = aNewcomerBetweenTwoLooks(Q1.get(0));
            List<Comparison> high = aNewcomerBetweenTwoLooks(Q1.get(4));

            assertThat(low).isEqualTo(high);
            int segments = 4;
            for (int look = 1; look < low.size() / segments; look++) {
                assertThat(low.subList(look * segments, (look + 1) * segments)).as("look %d", look)
                        .isEqualTo(low.subList(0, segments));
            }
            assertThat(((Available) low.get(0)).statistics().count()).isEqualTo(PeerBenchmarks.K);
        }

        @Test
        void k_distinct_changes_release_new_statistics() {
            for (int i = 0; i < PeerBenchmarks.K; i++) {
                submit(sme("C34"), Q1.get(i));
            }
            Comparison first = comparison(Segment.ALL);
            for (int i = 0; i < PeerBenchmarks.K - 1; i++) {
                submit(sme("C34"), Q1.get(4));
                assertThat(comparison(Segment.ALL)).isEqualTo(first);
            }
            submit(sme("C34"), Q1.get(4));

            assertThat(benchmarks.statistics(FRAMEWORK, VERSION, Segment.ALL).orElseThrow().count())
                    .isEqualTo(2 * PeerBenchmarks.K);
        }
    }
}
