package org.uplift.marketplace.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;

class RecommendationRankingTest {

    /** At level 1, for level 2: SC07 and SC08 (constrained) and SC05 (guiding) must reach 2; D3 lacks points. */
    static final List<Recommendation> PLAN = List.of(
            new Recommendation(1, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC07", "D2-2", null,
                    null, 1, 2, true),
            new Recommendation(2, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC08", "D2-2", null,
                    null, 0, 2, true),
            new Recommendation(3, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC10", "D2-2", null,
                    null, 1, 2, true),
            new Recommendation(4, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC05", "D2-2", null,
                    null, 1, 2, false),
            new Recommendation(5, Recommendation.Kind.QUESTION, Recommendation.Reason.NEXT_LEVEL, "Q9", "D3", "C",
                    new BigDecimal("3.00"), null, 2, false),
            new Recommendation(6, Recommendation.Kind.QUESTION, Recommendation.Reason.WEAKEST_DIMENSION, "Q12", "D4", "B",
                    new BigDecimal("1.50"), null, 2, false));

    static final GapNeeds NEEDS = GapNeeds.of(PLAN);

    static CatalogueItem item(String id, long price, List<String> dimensions, ScenarioTarget... scenarios) {
        PackageContent c = content(id, "方案", SolutionCategory.PRODUCTION_EXECUTION, price, Set.of(Deployment.SAAS),
                List.of(new CostLine(CostCategory.SOFTWARE, price, "许可")), dimensions, List.of(scenarios));
        return new CatalogueItem(id, 1, "p", "服务商", c.nameZh(), null, c.summaryZh(), null, c.category(), price,
                c.dimensions(), c.scenarios(), c.deployments(), 30, BigDecimal.ZERO, true, price, c);
    }

    static List<String> ranked(CatalogueItem... items) {
        return RecommendationRanking.rank(NEEDS, List.of(items), 10).stream().map(r -> r.item().packageId()).toList();
    }

    @Test
    void the_plan_tells_the_target_the_scenarios_and_the_dimension_points() {
        assertThat(NEEDS.targetLevel()).isEqualTo(2);
        assertThat(NEEDS.constrainedNeeded()).isEqualTo(3);
        assertThat(NEEDS.scenarios()).hasSize(4);
        assertThat(NEEDS.dimensionGains()).isEqualTo(Map.of("D3", new BigDecimal("3.00"), "D4", new BigDecimal("1.50")));
    }

    @Test
    void more_constrained_scenarios_brought_to_the_target_rank_first() {
        CatalogueItem two = item("two", 9_000_000, List.of(), scenario("SC07", 2), scenario("SC08", 3));
        CatalogueItem one = item("one", 1_000_000, List.of(), scenario("SC07", 2));
        CatalogueItem guiding = item("guiding", 500_000, List.of(), scenario("SC05", 4));
        assertThat(ranked(guiding, one, two)).containsExactly("two", "one", "guiding");
    }

    @Test
    void reaching_the_target_beats_raising_part_of_the_way() {
        CatalogueItem reaches = item("reaches", 5_000_000, List.of(), scenario("SC05", 2));
        CatalogueItem partway = item("partway", 1_000_000, List.of(), scenario("SC08", 1));
        assertThat(ranked(partway, reaches)).containsExactly("reaches", "partway");
    }

    @Test
    void a_package_below_the_current_level_or_off_the_gap_is_not_recommended() {
        CatalogueItem belowCurrent = item("below", 1_000_000, List.of(), scenario("SC07", 1));
        CatalogueItem elsewhere = item("elsewhere", 1_000_000, List.of("D1"), scenario("SC16", 3));
        assertThat(ranked(belowCurrent, elsewhere)).isEmpty();
    }

    @Test
    void dimension_points_rank_after_scenarios_and_more_points_first() {
        CatalogueItem management = item("management", 3_000_000, List.of("D3"));
        CatalogueItem results = item("results", 1_000_000, List.of("D4"));
        CatalogueItem partway = item("partway", 9_000_000, List.of(), scenario("SC08", 1));
        assertThat(ranked(results, management, partway)).containsExactly("partway", "management", "results");
    }

    @Test
    void ties_go_to_the_cheaper_package() {
        CatalogueItem dear = item("dear", 9_000_000, List.of(), scenario("SC07", 2));
        CatalogueItem cheap = item("cheap", 1_000_000, List.of(), scenario("SC07", 3));
        assertThat(ranked(dear, cheap)).containsExactly("cheap", "dear");
    }

    @Test
    void the_reason_names_the_scenarios_and_counts_the_constrained_ones_still_needed() {
        RecommendedPackage quality = RecommendationRanking.rank(NEEDS,
                List.of(item("qms", 1_000_000, List.of(), scenario("SC07", 2))), 1).get(0);
        assertThat(quality.reason().messageKey()).isEqualTo(RecommendationReason.RAISES_CONSTRAINED);
        assertThat(quality.reason().arguments(Map.of("SC07", "质量管理")::get, "、")).containsExactly("质量管理", 2, 1, 3);
    }

    @Test
    void a_guiding_scenario_counts_against_all_scenarios_still_needed() {
        RecommendedPackage planning = RecommendationRanking.rank(NEEDS,
                List.of(item("aps", 1_000_000, List.of(), scenario("SC05", 2))), 1).get(0);
        assertThat(planning.reason().messageKey()).isEqualTo(RecommendationReason.RAISES_SCENARIOS);
        assertThat(planning.reason().arguments(k -> k, ", ")).containsExactly("SC05", 2, 1, 4);
    }

    @Test
    void raising_part_of_the_way_and_dimensions_have_their_own_reasons() {
        RecommendedPackage partway = RecommendationRanking.rank(NEEDS,
                List.of(item("p", 1_000_000, List.of(), scenario("SC08", 1))), 1).get(0);
        assertThat(partway.reason().messageKey()).isEqualTo(RecommendationReason.IMPROVES_SCENARIO);
        assertThat(partway.reason().arguments(k -> k, "、")).containsExactly("SC08", 0, 1, 2);
        RecommendedPackage dimension = RecommendationRanking.rank(NEEDS,
                List.of(item("d", 1_000_000, List.of("D4", "D3"))), 1).get(0);
        assertThat(dimension.reason().messageKey()).isEqualTo(RecommendationReason.STRENGTHENS_DIMENSION);
        assertThat(dimension.reason().arguments(k -> k, "、")).containsExactly("D3、D4", new BigDecimal("4.50"));
    }

    @Test
    void the_limit_cuts_the_list() {
        assertThat(RecommendationRanking.rank(NEEDS, List.of(item("a", 1, List.of("D3")), item("b", 2, List.of("D3"))), 1))
                .hasSize(1);
    }
}
