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

/**
 * The differencing attacks of issue 7: each scenario is played twice with the victim answering differently,
 * and everything the attacker can read must be the same both times.
 */
class DifferencingAttackTest extends PeerBenchmarkScenario {

    static final String SMALL_DISTRICT = "330106";

    /** What the attacker's SMEs can read: the comparison of every segment they belong to. */
    List<Comparison> seenBy(String tenant) {
        return TenantContext.callAs(tenant, () -> Segment.of(profiles.current())).stream()
                .map(this::comparison).toList();
    }

    void resetBenchmarks() {
        mongo.dropCollection(ContributionChanges.CONTRIBUTIONS);
        mongo.dropCollection(SegmentAggregates.AGGREGATES);
    }

    List<Comparison> fakesJoinTheVictimsDistrict(List<String> victimAnswer) {
        resetBenchmarks();
        smesSubmit(PeerBenchmarks.K, "C34");
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
        smesSubmit(PeerBenchmarks.K, "C34");
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
        smesSubmit(PeerBenchmarks.K, "C34");
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
