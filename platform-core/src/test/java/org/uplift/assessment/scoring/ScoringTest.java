package org.uplift.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.assessment.scoring.TestFrameworks.MEAN_LIKE;
import static org.uplift.assessment.scoring.TestFrameworks.MIIT_LIKE;
import static org.uplift.assessment.scoring.TestFrameworks.answers;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringTest {

    private static Score miit(TestFrameworks.AnswersBuilder answers) {
        return Scoring.score(MIIT_LIKE, answers.build());
    }

    private static BigDecimal question(Score score, String key) {
        return score.questionScores().get(key);
    }

    @Test
    void single_choice_scores_the_chosen_option() {
        assertThat(question(miit(answers().choose("Q5", "C")), "Q5")).isEqualByComparingTo("10");
    }

    @Test
    void before_after_scores_the_chosen_option() {
        Score score = miit(answers().choose("Q12", "B").choose("Q13", "C").choose("Q14", "A"));

        assertThat(score.questionScores()).containsEntry("Q12", new BigDecimal("3.50"))
                .containsEntry("Q13", new BigDecimal("9.25")).containsEntry("Q14", new BigDecimal("0.00"));
        assertThat(score.dimensionScores().get("D4")).isEqualByComparingTo("12.75");
    }

    @Test
    void a_chosen_percent_band_scores_its_points() {
        assertThat(question(miit(answers().choose("Q2", "D")), "Q2")).isEqualByComparingTo("4.5");
    }

    @Test
    void multiple_choice_adds_up_the_chosen_options() {
        assertThat(question(miit(answers().choose("Q1", "B", "D", "E")), "Q1")).isEqualByComparingTo("6");
    }

    @Test
    void a_letter_sent_twice_counts_once() {
        assertThat(question(miit(answers().choose("Q1", "B", "B")), "Q1")).isEqualByComparingTo("2");
    }

    @Test
    void a_single_choice_sent_with_several_letters_counts_the_first() {
        assertThat(question(miit(answers().choose("Q5", "B", "E")), "Q5")).isEqualByComparingTo("5");
    }

    @Test
    void the_exclusive_none_scores_nothing() {
        assertThat(question(miit(answers().choose("Q1", "A")), "Q1")).isEqualByComparingTo("0");
    }

    @Test
    void multiple_choice_is_capped_at_the_question_maximum() {
        assertThat(question(miit(answers().choose("Q4", "B", "C", "D")), "Q4")).isEqualByComparingTo("9");
        assertThat(question(miit(answers().choose("Q4", "B", "C", "D", "E")), "Q4")).isEqualByComparingTo("10");
    }

    @Test
    void unanswered_questions_score_zero_and_are_still_listed() {
        Score score = miit(answers());

        assertThat(score.questionScores()).hasSize(11).allSatisfy((key, points) -> assertThat(points).isZero());
        assertThat(score.dimensionScores()).containsOnlyKeys("D1", "D3", "D4");
        assertThat(score.totalScore()).isEqualTo(new BigDecimal("0.00"));
    }

    @ParameterizedTest(name = "{0} of {1} digital devices: {2} points")
    @CsvSource({"0, 100, 0", "10, 100, 0", "11, 100, 1.5", "20, 100, 1.5", "21, 100, 3", "40, 100, 3",
        "41, 100, 4.5", "60, 100, 4.5", "61, 100, 6", "100, 100, 6", "3, 30, 0", "7, 35, 1.5", "1, 7, 1.5",
        "1, 3, 3", "2, 5, 3", "3, 5, 4.5", "10.5, 100, 1.5", "0.1, 1, 0"})
    void the_band_is_derived_from_the_evidence_with_inclusive_upper_bounds(String share, String total,
            String points) {
        Score score = miit(answers().evidence("Q2", "digital", share).evidence("Q2", "total", total)
                .evidence("Q3", "networked", share));

        assertThat(question(score, "Q2")).as("Q2, bands bottom up").isEqualByComparingTo(points);
        assertThat(question(score, "Q3")).as("Q3, bands top down, divided by Q2's total")
                .isEqualByComparingTo(points);
    }

    @Test
    void without_both_numbers_or_with_nothing_to_divide_by_no_band_is_derived() {
        assertThat(question(miit(answers().evidence("Q2", "digital", "5")), "Q2")).isZero();
        assertThat(question(miit(answers().evidence("Q3", "networked", "5")), "Q3")).isZero();
        assertThat(question(miit(answers().evidence("Q2", "digital", "0").evidence("Q2", "total", "0")), "Q2"))
                .isZero();
    }

    @Test
    void an_explicit_choice_beats_the_evidence() {
        Score score = miit(answers().choose("Q2", "B").evidence("Q2", "digital", "100").evidence("Q2", "total", "100"));

        assertThat(question(score, "Q2")).isEqualByComparingTo("1.5");
    }

    @Test
    void scores_are_rounded_half_up_to_two_decimals() {
        Score score = miit(answers().choose("Q9", "B", "C", "D"));

        assertThat(question(score, "Q9")).isEqualTo(new BigDecimal("5.63"));
        assertThat(score.dimensionScores().get("D3")).isEqualTo(new BigDecimal("5.63"));
        assertThat(score.totalScore()).isEqualTo(new BigDecimal("5.63"));
    }

    @Test
    void sums_keep_full_precision_and_round_only_at_the_end() {
        Score oneDimension = miit(answers().choose("Q9", "B").choose("Q11", "B"));
        Score twoDimensions = miit(answers().choose("Q9", "B").choose("Q14", "B"));

        assertThat(oneDimension.questionScores()).containsEntry("Q9", new BigDecimal("1.88"))
                .containsEntry("Q11", new BigDecimal("1.88"));
        assertThat(oneDimension.dimensionScores().get("D3")).isEqualTo(new BigDecimal("3.75"));
        assertThat(twoDimensions.dimensionScores()).containsEntry("D3", new BigDecimal("1.88"))
                .containsEntry("D4", new BigDecimal("1.88"));
        assertThat(twoDimensions.totalScore()).isEqualTo(new BigDecimal("3.75"));
    }

    @Test
    void the_total_of_points_is_the_sum_of_the_dimensions() {
        Score score = miit(answers().choose("Q1", "B", "C").choose("Q2", "C").choose("Q5", "D")
                .choose("Q8", "C").choose("Q9", "B", "E").choose("Q12", "C").choose("Q14", "C"));

        assertThat(score.dimensionScores()).containsExactly(Map.entry("D1", new BigDecimal("22.00")),
                Map.entry("D3", new BigDecimal("9.75")), Map.entry("D4", new BigDecimal("10.75")));
        assertThat(score.totalScore()).isEqualTo(new BigDecimal("42.50"));
    }

    @Test
    void the_best_answers_reach_exactly_one_hundred() {
        Score score = miit(answers().choose("Q1", "B", "C", "D", "E").choose("Q2", "E").choose("Q3", "E")
                .choose("Q4", "B", "C", "D", "E").choose("Q5", "E").choose("Q8", "F").choose("Q9", "B", "C", "D", "E")
                .choose("Q11", "E").choose("Q12", "C").choose("Q13", "C").choose("Q14", "C"));

        assertThat(score.dimensionScores().values()).extracting(BigDecimal::intValue).containsExactly(50, 30, 20);
        assertThat(score.totalScore()).isEqualByComparingTo("100");
    }

    @Test
    void mean_of_dimensions_scores_each_dimension_out_of_100_and_averages_them() {
        Score score = Scoring.score(MEAN_LIKE, answers().choose("B1", "C").choose("B2", "B")
                .choose("R1", "B").choose("H1", "B").build());

        assertThat(score.dimensionScores()).containsEntry("BS", new BigDecimal("60.00"))
                .containsEntry("DR", new BigDecimal("25.00")).containsEntry("HC", new BigDecimal("33.33"));
        assertThat(score.totalScore()).isEqualTo(new BigDecimal("39.44"));
    }

    @Test
    void mean_of_dimensions_reaches_100_with_the_best_answers() {
        Score score = Scoring.score(MEAN_LIKE, answers().choose("B1", "D").choose("B2", "B", "C")
                .choose("R1", "D").choose("H1", "D").build());

        assertThat(score.totalScore()).isEqualByComparingTo("100");
    }

    @Test
    void scenarios_are_counted_at_their_level_and_every_level_below() {
        Score score = miit(answers().rate("SC01", 4).rate("SC02", 3).rate("SC03", 2).rate("SC04", 1).rate("SC05", 0));

        assertThat(score.scenariosAtLeast()).containsExactly(Map.entry(1, 4), Map.entry(2, 3), Map.entry(3, 2),
                Map.entry(4, 1));
        assertThat(score.constrainedScenariosAtLeast()).containsExactly(Map.entry(1, 3), Map.entry(2, 2),
                Map.entry(3, 1), Map.entry(4, 1));
    }

    @Test
    void all_four_scenario_counts_are_present_without_ratings_or_scenarios() {
        assertThat(miit(answers()).scenariosAtLeast())
                .containsExactly(Map.entry(1, 0), Map.entry(2, 0), Map.entry(3, 0), Map.entry(4, 0));
        assertThat(Scoring.score(MEAN_LIKE, answers().build()).constrainedScenariosAtLeast())
                .containsExactly(Map.entry(1, 0), Map.entry(2, 0), Map.entry(3, 0), Map.entry(4, 0));
    }
}
