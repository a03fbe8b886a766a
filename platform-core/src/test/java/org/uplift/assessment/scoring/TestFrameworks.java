package org.uplift.assessment.scoring;

import static org.uplift.assessment.framework.QuestionKind.BEFORE_AFTER;
import static org.uplift.assessment.framework.QuestionKind.MULTIPLE;
import static org.uplift.assessment.framework.QuestionKind.PERCENT_BAND;
import static org.uplift.assessment.framework.QuestionKind.SINGLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.uplift.assessment.framework.BandSource;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.EvidenceField;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.framework.ScenarioLevel;
import org.uplift.assessment.framework.ScoringMethod;

/**
 * Small frameworks built in code. {@link #MIIT_LIKE}: points add up to 50 + 30 + 20 = 100, every question
 * kind, "none" options, a capped multiple choice (Q4: 4 × 3 points, maximum 10), bands derived from
 * evidence (Q2 its own fields; Q3 divides by Q2's device count and lists its bands top down), options
 * worth 1.875 points in two dimensions (Q9, Q11, Q14) and six scenarios, four constrained. {@link #MEAN_LIKE}: three dimensions scored 0–100, total their mean.
 */
public final class TestFrameworks {

    public static final Framework MIIT_LIKE = new Framework("miit-like", "1", "测试框架", "Test framework",
            ScoringMethod.SUM_OF_POINTS, List.of(
                    dimension("D1", "50",
                            question("Q1", MULTIPLE, "8", none(), option("B", "2"), option("C", "2"),
                                    option("D", "2"), option("E", "2")),
                            banded("Q2", "6", new BandSource("digital", "total"), false, "total", "digital"),
                            banded("Q3", "6", new BandSource("networked", "Q2.total"), true, "networked"),
                            question("Q4", MULTIPLE, "10", none(), option("B", "3"), option("C", "3"),
                                    option("D", "3"), option("E", "3")),
                            question("Q5", SINGLE, "20", option("A", "0"), option("B", "5"), option("C", "10"),
                                    option("D", "15"), option("E", "20"))),
                    dimension("D3", "30",
                            question("Q8", SINGLE, "15", option("A", "0"), option("B", "3"), option("C", "6"),
                                    option("D", "9"), option("E", "12"), option("F", "15")),
                            question("Q9", MULTIPLE, "7.5", none(), option("B", "1.875"), option("C", "1.875"),
                                    option("D", "1.875"), option("E", "1.875")),
                            banded("Q11", "7.5", null, false)),
                    dimension("D4", "20",
                            beforeAfter("Q12", "7"), beforeAfter("Q13", "9.25"), beforeAfter("Q14", "3.75"))),
            List.of(new ScenarioArea("AR1", "区域一", "Area one",
                            List.of(scenario("SC01", true), scenario("SC02", false), scenario("SC03", true))),
                    new ScenarioArea("AR2", "区域二", "Area two",
                            List.of(scenario("SC04", true), scenario("SC05", false), scenario("SC06", true)))));

    public static final Framework MEAN_LIKE = new Framework("mean-like", "1", "均值框架", "Mean framework",
            ScoringMethod.MEAN_OF_DIMENSIONS, List.of(
                    dimension("BS", "5",
                            question("B1", SINGLE, "3", option("A", "0"), option("B", "1"), option("C", "2"),
                                    option("D", "3")),
                            question("B2", MULTIPLE, "2", none(), option("B", "1"), option("C", "1"))),
                    dimension("DR", "10",
                            question("R1", SINGLE, "10", option("A", "0"), option("B", "2.5"), option("C", "5"),
                                    option("D", "10"))),
                    dimension("HC", "3",
                            question("H1", SINGLE, "3", option("A", "0"), option("B", "1"), option("C", "2"),
                                    option("D", "3")))),
            List.of());

    private TestFrameworks() {
    }

    public static AnswersBuilder answers() {
        return new AnswersBuilder();
    }

    /** Answers as the API would send them; lists stay mutable so tests can send odd input (duplicates, nulls). */
    public static final class AnswersBuilder {
        private final Map<String, List<String>> choices = new HashMap<>();
        private final Map<String, Integer> scenarios = new HashMap<>();
        private final Map<String, Map<String, BigDecimal>> evidence = new HashMap<>();

        public AnswersBuilder choose(String question, String... letters) {
            choices.put(question, new ArrayList<>(Arrays.asList(letters)));
            return this;
        }

        public AnswersBuilder rate(String scenario, int level) {
            scenarios.put(scenario, level);
            return this;
        }

        public AnswersBuilder evidence(String question, String field, String value) {
            evidence.computeIfAbsent(question, q -> new HashMap<>()).put(field, new BigDecimal(value));
            return this;
        }

        public Answers build() {
            return new Answers(choices, scenarios, evidence);
        }
    }

    private static Dimension dimension(String key, String max, Question... questions) {
        return new Dimension(key, key, key, new BigDecimal(max), List.of(questions));
    }

    private static Question question(String key, QuestionKind kind, String max, Option... options) {
        return new Question(key, key, key, kind, new BigDecimal(max), null, List.of(options), List.of(), null, null);
    }

    private static Question beforeAfter(String key, String max) {
        BigDecimal full = new BigDecimal(max);
        return question(key, BEFORE_AFTER, max, option("A", "0"),
                option("B", full.divide(BigDecimal.valueOf(2)).toPlainString()), option("C", max));
    }

    /** Bands [0,10] (10,20] (20,40] (40,60] (60,100] worth 0, ¼, ½, ¾ and all of the maximum, maybe listed top down. */
    private static Question banded(String key, String max, BandSource source, boolean topDown, String... fields) {
        BigDecimal full = new BigDecimal(max);
        String[] letters = {"A", "B", "C", "D", "E"};
        int[] bounds = {0, 10, 20, 40, 60, 100};
        List<Option> bands = IntStream.range(0, 5).mapToObj(i -> new Option(letters[i], letters[i], letters[i],
                full.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4)), false,
                i == 0 ? null : BigDecimal.valueOf(bounds[i]), BigDecimal.valueOf(bounds[i + 1])))
                .sorted(topDown ? Comparator.comparing(Option::letter).reversed() : Comparator.comparing(Option::letter))
                .toList();
        List<EvidenceField> evidence = List.of(fields).stream()
                .map(f -> new EvidenceField(f, f, f, "台")).toList();
        return new Question(key, key, key, PERCENT_BAND, full, null, bands, evidence, source, null);
    }

    private static Option option(String letter, String points) {
        return new Option(letter, letter, letter, new BigDecimal(points), false, null, null);
    }

    private static Option none() {
        return new Option("A", "无", "None", BigDecimal.ZERO, true, null, null);
    }

    private static Scenario scenario(String key, boolean constrained) {
        return new Scenario(key, key, key, constrained, IntStream.rangeClosed(1, Scenario.MAX_LEVEL)
                .mapToObj(level -> new ScenarioLevel(level, key + " L" + level, key + " L" + level)).toList());
    }
}
