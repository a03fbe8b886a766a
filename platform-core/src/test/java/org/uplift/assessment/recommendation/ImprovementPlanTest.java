package org.uplift.assessment.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.recommendation.Recommendation.Kind;
import org.uplift.assessment.recommendation.Recommendation.Reason;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.assessment.scoring.TestFrameworks;

class ImprovementPlanTest {

    /** L1: 20 points, 3 scenarios of which 2 constrained; L2: 40 points, 5 scenarios of which 2 constrained. */
    static final List<LevelThreshold> GATES = List.of(new LevelThreshold(1, new BigDecimal("20"), 3, 2),
            new LevelThreshold(2, new BigDecimal("40"), 5, 2));

    /** 26 points (Q5 20, Q8 6: D1 40 %, D3 20 %, D4 0 %); one scenario at 2 (not constrained), four at 1. */
    static final Answers LEVEL_ONE = TestFrameworks.answers().choose("Q5", "E").choose("Q8", "C")
            .rate("SC01", 1).rate("SC02", 2).rate("SC03", 1).rate("SC04", 1).rate("SC05", 1).rate("SC06", 0).build();

    static List<Recommendation> plan(Answers answers, Integer level) {
        return ImprovementPlan.recommend(TestFrameworks.MIIT_LIKE, answers,
                Scoring.score(TestFrameworks.MIIT_LIKE, answers), level, GATES);
    }

    @Test
    void constrained_scenarios_come_first_then_the_others_then_the_questions_that_close_the_points_then_the_weakest_dimension() {
        List<Recommendation> plan = plan(LEVEL_ONE, 1);

        assertThat(plan).extracting(Recommendation::rank, Recommendation::kind, Recommendation::reason,
                Recommendation::key, Recommendation::constrained).containsExactly(
                        tuple(1, Kind.SCENARIO, Reason.NEXT_LEVEL, "SC01", true),
                        tuple(2, Kind.SCENARIO, Reason.NEXT_LEVEL, "SC03", true),
                        tuple(3, Kind.SCENARIO, Reason.NEXT_LEVEL, "SC04", true),
                        tuple(4, Kind.SCENARIO, Reason.NEXT_LEVEL, "SC05", false),
                        tuple(5, Kind.QUESTION, Reason.NEXT_LEVEL, "Q13", false),
                        tuple(6, Kind.QUESTION, Reason.NEXT_LEVEL, "Q8", false),
                        tuple(7, Kind.QUESTION, Reason.WEAKEST_DIMENSION, "Q12", false),
                        tuple(8, Kind.QUESTION, Reason.WEAKEST_DIMENSION, "Q14", false));
    }

    @Test
    void each_step_says_where_it_leads_and_what_it_gains() {
        List<Recommendation> plan = plan(LEVEL_ONE, 1);

        assertThat(plan.get(0)).extracting(Recommendation::sectionKey, Recommendation::currentLevel,
                Recommendation::targetLevel).containsExactly("AR1", 1, 2);
        assertThat(plan.get(4)).extracting(Recommendation::sectionKey, Recommendation::option, Recommendation::targetLevel)
                .containsExactly("D4", "C", 2);
        assertThat(plan.get(4).gain()).isEqualByComparingTo("9.25");
        assertThat(plan.get(5).gain()).isEqualByComparingTo("9");
        assertThat(plan.get(6)).extracting(Recommendation::sectionKey, Recommendation::option).containsExactly("D4", "C");
        assertThat(plan.get(6).gain()).isEqualByComparingTo("7");
    }

    @Test
    void only_as_many_question_steps_as_close_the_missing_points() {
        // 36 points: 4 missing, the largest single step (Q13, 9.25) closes them alone
        Answers answers = TestFrameworks.answers().choose("Q5", "E").choose("Q8", "C").choose("Q4", "B", "C")
                .choose("Q1", "B", "C").rate("SC01", 2).rate("SC02", 2).rate("SC03", 2).rate("SC04", 2)
                .rate("SC05", 2).build();

        assertThat(plan(answers, 1)).filteredOn(r -> r.reason() == Reason.NEXT_LEVEL)
                .extracting(Recommendation::key).containsExactly("Q13");
    }

    @Test
    void at_the_top_level_only_the_weakest_dimension_is_left_to_strengthen() {
        assertThat(plan(LEVEL_ONE, 2)).extracting(Recommendation::reason, Recommendation::key,
                Recommendation::targetLevel).containsExactly(tuple(Reason.WEAKEST_DIMENSION, "Q13", null),
                        tuple(Reason.WEAKEST_DIMENSION, "Q12", null));
    }

    @Test
    void a_framework_without_levels_gets_its_weakest_dimension_by_share_of_its_maximum() {
        // BS 4 of 5 (80 %), DR 5 of 10 (50 %), HC 1 of 3 (33 %): HC is weakest although DR lacks more points
        Answers answers = TestFrameworks.answers().choose("B1", "D").choose("B2", "B").choose("R1", "C")
                .choose("H1", "B").build();

        List<Recommendation> plan = ImprovementPlan.recommend(TestFrameworks.MEAN_LIKE, answers,
                Scoring.score(TestFrameworks.MEAN_LIKE, answers), null, List.of());

        assertThat(plan).extracting(Recommendation::rank, Recommendation::reason, Recommendation::key,
                Recommendation::sectionKey, Recommendation::option)
                .containsExactly(tuple(1, Reason.WEAKEST_DIMENSION, "H1", "HC", "D"));
        assertThat(plan.get(0).gain()).isEqualByComparingTo("2");
    }

    @Test
    void full_marks_at_the_top_level_leave_nothing_to_recommend() {
        Answers full = TestFrameworks.answers().choose("B1", "D").choose("B2", "B", "C").choose("R1", "D")
                .choose("H1", "D").build();

        assertThat(ImprovementPlan.recommend(TestFrameworks.MEAN_LIKE, full,
                Scoring.score(TestFrameworks.MEAN_LIKE, full), null, List.of())).isEmpty();
    }

    @Test
    void the_same_answers_always_give_the_same_plan() {
        assertThat(plan(LEVEL_ONE, 1)).isEqualTo(plan(TestFrameworks.answers().choose("Q8", "C").choose("Q5", "E")
                .rate("SC06", 0).rate("SC05", 1).rate("SC04", 1).rate("SC03", 1).rate("SC02", 2).rate("SC01", 1)
                .build(), 1));
    }
}
