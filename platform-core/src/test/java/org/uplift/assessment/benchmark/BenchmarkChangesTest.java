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

/** Each change counted exactly once: under races, after a crash half-way, and when migrating the old format. */
class BenchmarkChangesTest extends PeerBenchmarkScenario {

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

    @Test
    void concurrent_changes_of_one_contribution_each_finish_once_whoever_finishes_them() {
        smesSubmit(5, "C34");
        String tenant = smes.get(0);
        long before = TenantContext.callAs(tenant, () -> mongo.findOne(query(where("frameworkId").is(FRAMEWORK)
                .and("version").is(VERSION)), Document.class, ContributionChanges.CONTRIBUTIONS))
                .get("current", Document.class).getLong("total");
        // a caller whose claimed change another caller (the journey publishing the level) already finished
        var threads = java.util.concurrent.Executors.newFixedThreadPool(16); // the common pool has 1 thread on 2 cores
        try {
            CompletableFuture.allOf(IntStream.range(0, 64).mapToObj(i -> CompletableFuture.runAsync(
                    () -> TenantContext.runAs(tenant, () -> changes.change(FRAMEWORK, VERSION, state -> new ContributionState(
                            state.assessmentId(), state.submittedAt(), state.total() + 1, state.dimensions(),
                            state.level(), state.segments(), state.vouched()))), threads))
                    .toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }

        Document contribution = TenantContext.callAs(tenant, () -> mongo.findOne(query(where("frameworkId")
                .is(FRAMEWORK).and("version").is(VERSION)), Document.class, ContributionChanges.CONTRIBUTIONS));
        assertThat(contribution.get("current", Document.class).getLong("total")).isEqualTo(before + 64);
        assertThat(contribution).doesNotContainKey("pending");
        assertThat(live(Segment.ALL).count()).isEqualTo(5);
        assertThat(stored(ContributionChanges.IN_FLIGHT)).isEmpty();
    }

    BigDecimal submittedTotal(String tenant) {
        return TenantContext.callAs(tenant, () -> assessments.find(latest.get(tenant)).orElseThrow().getTotalScore());
    }

    @Test
    void aggregates_contain_no_tenant_id_and_nothing_grows_with_the_number_of_smes_but_their_own_contributions() {
        smesSubmit(5, "C34");
        int aggregateSize = stored(SegmentAggregates.AGGREGATES).stream().mapToInt(d -> d.toJson().length()).max()
                .orElseThrow();
        smesSubmit(15, "C34"); // the same five answers again, three times

        List<Document> aggregates = stored(SegmentAggregates.AGGREGATES);
        assertThat(aggregates).hasSize(4); // all, industry, size, district
        for (Document aggregate : aggregates) {
            String json = aggregate.toJson();
            assertThat(smes).allSatisfy(tenant -> assertThat(json).doesNotContain(tenant));
        }
        List<Document> contributions = stored(ContributionChanges.CONTRIBUTIONS);
        assertThat(contributions.stream().map(d -> d.getString("tenantId")))
                .containsExactlyInAnyOrderElementsOf(smes);
        assertThat(stored(ContributionChanges.IN_FLIGHT)).as("nothing left in flight").isEmpty();
        // the ring of recent change ids fills up to its bound; beyond that nothing depends on the SMEs' number
        int ring = SegmentAggregates.RECENT * ("\"chg-0123456789abcdef01234567\", ".length());
        assertThat(aggregates).allSatisfy(d -> assertThat(d.toJson().length()).isLessThan(aggregateSize + ring));
    }

    @Test
    void an_sme_reads_and_changes_only_its_own_contribution() {
        smesSubmit(2, "C34");
        String mine = smes.get(0);
        List<Document> seen = TenantContext.callAs(mine, () -> mongo.findAll(Document.class,
                ContributionChanges.CONTRIBUTIONS));
        assertThat(seen).singleElement().satisfies(d -> assertThat(d.getString("tenantId")).isEqualTo(mine));
    }

    static List<Document> concat(List<Document> a, List<Document> b) {
        List<Document> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void a_change_interrupted_half_way_is_finished_at_start_and_counted_once() {
        smesSubmit(5, "C34");
        String tenant = smes.get(0);
        // as if the JVM died after applying a re-submission to "all" but before the other segments
        Document current = TenantContext.callAs(tenant, () -> mongo.findOne(query(where("frameworkId").is(FRAMEWORK)
                .and("version").is(VERSION)), Document.class, ContributionChanges.CONTRIBUTIONS)).get("current",
                        Document.class);
        Document to = new Document(current).append("total", current.getLong("total") + 100)
                .append("assessmentId", "interrupted");
        TenantContext.runAs(tenant, () -> mongo.updateFirst(query(where("frameworkId").is(FRAMEWORK)
                .and("version").is(VERSION)), new org.springframework.data.mongodb.core.query.Update()
                .inc("sequence", 1).set("pending", new Document("id", "interrupted").append("to", to)
                        .append("done", List.of())), ContributionChanges.CONTRIBUTIONS));
        CrossTenantAccess.run("test", () -> mongo.insert(new Document("_id", "interrupted").append("tenantId", tenant)
                .append("frameworkId", FRAMEWORK).append("version", VERSION), ContributionChanges.IN_FLIGHT));
        // and as if it died after journalling another change, before claiming it
        CrossTenantAccess.run("test", () -> mongo.insert(new Document("_id", "never-claimed")
                .append("tenantId", smes.get(1)).append("frameworkId", FRAMEWORK).append("version", VERSION),
                ContributionChanges.IN_FLIGHT));
        long before = live(Segment.ALL).count();
        BigDecimal meanBefore = live(Segment.ALL).total().mean();

        changes.finishInterrupted();
        changes.finishInterrupted();

        assertThat(live(Segment.ALL).count()).isEqualTo(before);
        assertThat(live(Segment.ALL).total().mean()).isEqualByComparingTo(meanBefore.add(new BigDecimal("0.20")));
        assertThat(live(Segment.district(DISTRICT)).total().mean())
                .isEqualByComparingTo(live(Segment.ALL).total().mean());
        assertThat(stored(ContributionChanges.CONTRIBUTIONS)).noneMatch(d -> d.containsKey("pending"));
        assertThat(stored(ContributionChanges.IN_FLIGHT)).isEmpty();
    }

    @Test
    void old_format_segment_documents_migrate_into_contributions_and_aggregates_once() {
        List<String> tenants = IntStream.range(0, PeerBenchmarks.K).mapToObj(i -> sme("C34")).toList();
        String notVouched = unvouchedSme("C34", DISTRICT);
        double[] scores = {12.5, 20.0, 33.25, 47.0, 61.75};
        Document peers = new Document();
        for (int i = 0; i < tenants.size(); i++) {
            peers.append(LegacyBenchmarkMigration.legacyKey(tenants.get(i)), legacyEntry("a" + i, scores[i], i < 4 ? 1 : null));
        }
        Document withOutsider = new Document(peers).append(LegacyBenchmarkMigration.legacyKey(notVouched),
                legacyEntry("x", 99.0, 4));
        for (String segment : List.of("all", "industry:C34", "district:" + DISTRICT)) {
            Document legacy = new Document("_id", SegmentAggregates.id(FRAMEWORK, VERSION, segment))
                    .append("frameworkId", FRAMEWORK).append("version", VERSION).append("segment", segment)
                    .append("peers", segment.equals("all") ? withOutsider : peers).append("revision", 7)
                    .append("statistics", new Document("count", 6));
            CrossTenantAccess.run("test", () -> mongo.insert(legacy, LegacyBenchmarkMigration.LEGACY));
        }

        migration.migrate();
        migration.migrate();

        assertThat(mongo.collectionExists(LegacyBenchmarkMigration.LEGACY)).isFalse();
        assertThat(stored(ContributionChanges.CONTRIBUTIONS)).hasSize(6);
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
}
