package org.uplift.workflows.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.WorkflowsTestApplication;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.scoring.Score;

/** The {@code maturity-level} DMN: both gates at every level, just below, at and above each threshold. */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class MaturityLevelDecisionTest {

    @Autowired
    MaturityLevels levels;

    /** A score with {@code scenarios} rated exactly {@code rating}, {@code constrained} of them constrained. */
    static Score score(String total, int rating, int scenarios, int constrained) {
        Map<Integer, Integer> all = new HashMap<>();
        Map<Integer, Integer> bound = new HashMap<>();
        for (int n = 1; n <= 4; n++) {
            all.put(n, n <= rating ? scenarios : 0);
            bound.put(n, n <= rating ? constrained : 0);
        }
        return new Score(new BigDecimal(total), Map.of(), Map.of(), all, bound);
    }

    int level(Score score) {
        return levels.level("miit-2024", "2024", score).orElseThrow();
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                // level 1: >= 20 points, >= 6 scenarios at >= 1, >= 3 constrained
                Arguments.of("19.99", 1, 6, 3, 0), Arguments.of("20", 1, 6, 3, 1), Arguments.of("20.01", 1, 6, 3, 1),
                Arguments.of("25", 1, 5, 3, 0), Arguments.of("25", 1, 6, 2, 0), Arguments.of("25", 1, 7, 4, 1),
                // level 2: >= 40, 6 at >= 2, 3 constrained
                Arguments.of("39.99", 2, 6, 3, 1), Arguments.of("40", 2, 6, 3, 2), Arguments.of("40.01", 2, 6, 3, 2),
                Arguments.of("45", 2, 5, 3, 0), Arguments.of("45", 2, 6, 2, 0), Arguments.of("45", 1, 16, 10, 1),
                // level 3: >= 60, 8 at >= 3, 5 constrained
                Arguments.of("59.99", 3, 8, 5, 2), Arguments.of("60", 3, 8, 5, 3), Arguments.of("60.01", 3, 8, 5, 3),
                Arguments.of("65", 3, 7, 5, 2), Arguments.of("65", 3, 8, 4, 2),
                // level 4: >= 80, 10 at >= 4, 6 constrained
                Arguments.of("79.99", 4, 10, 6, 3), Arguments.of("80", 4, 10, 6, 4), Arguments.of("100", 4, 16, 10, 4),
                Arguments.of("85", 4, 9, 6, 3), Arguments.of("85", 4, 10, 5, 3),
                // no level at all
                Arguments.of("100", 0, 0, 0, 0), Arguments.of("0", 4, 16, 10, 0));
    }

    @ParameterizedTest(name = "{0} points, {2} scenarios at {1} ({3} constrained) -> level {4}")
    @MethodSource("boundaries")
    void both_gates_decide_the_level(String total, int rating, int scenarios, int constrained, int expected) {
        assertThat(level(score(total, rating, scenarios, constrained))).isEqualTo(expected);
    }

    @Test
    void the_gates_are_read_back_from_the_decision_table() {
        assertThat(levels.thresholds("miit-2024", "2024")).containsExactly(
                new LevelThreshold(1, new BigDecimal("20"), 6, 3), new LevelThreshold(2, new BigDecimal("40"), 6, 3),
                new LevelThreshold(3, new BigDecimal("60"), 8, 5), new LevelThreshold(4, new BigDecimal("80"), 10, 6));
    }

    @Test
    void a_framework_without_level_rules_has_no_level() {
        assertThat(levels.level("eu-dma", "2024", score("90", 4, 16, 10))).isEmpty();
        assertThat(levels.thresholds("eu-dma", "2024")).isEmpty();
    }
}
