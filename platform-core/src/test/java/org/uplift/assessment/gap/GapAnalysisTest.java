package org.uplift.assessment.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.framework.ScoringMethod;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;

class GapAnalysisTest {

    static final List<LevelThreshold> GATES = List.of(new LevelThreshold(1, new BigDecimal("20"), 2, 1),
            new LevelThreshold(2, new BigDecimal("40"), 3, 2));

    static Option option(String letter, String points, boolean exclusive) {
        return new Option(letter, letter, letter, new BigDecimal(points), exclusive, null, null);
    }

    static final Question SINGLE = new Question("Q1", "单选", "single", QuestionKind.SINGLE, new BigDecimal("30"), null,
            List.of(option("A", "0", false), option("B", "10", false), option("C", "30", false)), null, null, null);
    static final Question MULTI = new Question("Q2", "多选", "multi", QuestionKind.MULTIPLE, new BigDecimal("20"), null,
            List.of(option("A", "0", true), option("B", "5", false), option("C", "15", false)), null, null, null);

    static Scenario scenario(String key, boolean constrained) {
        return new Scenario(key, key, key, constrained, List.of());
    }

    static final Framework FRAMEWORK = new Framework("test", "1", "测试", "test", ScoringMethod.SUM_OF_POINTS,
            List.of(new Dimension("D1", "基础", "foundation", new BigDecimal("50"), List.of(SINGLE, MULTI))),
            List.of(new ScenarioArea("A1", "场景", "scenarios", List.of(scenario("S1", true), scenario("S2", true),
                    scenario("S3", false), scenario("S4", false)))));

    static Score score(String total, Map<String, BigDecimal> questions, Map<Integer, Integer> atLeast,
            Map<Integer, Integer> constrained) {
        return new Score(new BigDecimal(total), Map.of("D1", new BigDecimal(total)), questions, atLeast, constrained);
    }

    @Test
    void the_gap_names_missing_points_scenarios_and_constrained_scenarios() {
        var answers = new Answers(Map.of("Q1", List.of("B"), "Q2", List.of("B")),
                Map.of("S1", 1, "S3", 2, "S4", 1), Map.of());
        var score = score("15", Map.of("Q1", new BigDecimal("10"), "Q2", new BigDecimal("5")),
                Map.of(1, 3, 2, 1, 3, 0, 4, 0), Map.of(1, 1, 2, 0, 3, 0, 4, 0));

        Gap gap = GapAnalysis.toNextLevel(FRAMEWORK, answers, score, 0, GATES).orElseThrow();

        assertThat(gap.targetLevel()).isEqualTo(1);
        assertThat(gap.pointsMissing()).isEqualByComparingTo("5");
        assertThat(gap.scenariosMissing()).isZero();
        assertThat(gap.constrainedMissing()).isZero();
        assertThat(gap.questionSteps()).extracting(Gap.QuestionStep::questionKey, Gap.QuestionStep::option)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Q1", "C"), org.assertj.core.groups.Tuple.tuple("Q2", "C"));
        assertThat(gap.questionSteps().get(0).gain()).isEqualByComparingTo("20");
        assertThat(gap.questionSteps().get(1).gain()).isEqualByComparingTo("15");
    }

    @Test
    void constrained_scenarios_come_first_when_they_are_short() {
        var answers = new Answers(Map.of(), Map.of("S1", 1, "S2", 2, "S3", 1, "S4", 1), Map.of());
        var score = score("45", Map.of(), Map.of(1, 4, 2, 1, 3, 0, 4, 0), Map.of(1, 2, 2, 1, 3, 0, 4, 0));

        Gap gap = GapAnalysis.toNextLevel(FRAMEWORK, answers, score, 1, GATES).orElseThrow();

        assertThat(gap.pointsMissing()).isEqualByComparingTo("0");
        assertThat(gap.questionSteps()).isEmpty();
        assertThat(gap.scenariosMissing()).isEqualTo(2);
        assertThat(gap.constrainedMissing()).isEqualTo(1);
        assertThat(gap.scenarioSteps()).extracting(Gap.ScenarioStep::scenarioKey).containsExactly("S1", "S3");
        assertThat(gap.scenarioSteps()).allSatisfy(step -> assertThat(step.targetLevel()).isEqualTo(2));
    }

    @Test
    void the_top_level_has_no_gap() {
        var score = score("90", Map.of(), Map.of(1, 4, 2, 4, 3, 0, 4, 0), Map.of(1, 2, 2, 2, 3, 0, 4, 0));
        assertThat(GapAnalysis.toNextLevel(FRAMEWORK, new Answers(Map.of(), Map.of(), Map.of()), score, 2, GATES))
                .isEmpty();
    }
}
