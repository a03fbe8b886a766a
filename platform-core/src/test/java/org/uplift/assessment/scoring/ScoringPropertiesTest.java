package org.uplift.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;
import static org.uplift.assessment.scoring.TestFrameworks.MEAN_LIKE;
import static org.uplift.assessment.scoring.TestFrameworks.MIIT_LIKE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;

/** Random valid answers (jqwik): the scores stay consistent and better answers never score lower. */
class ScoringPropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ROUNDING = new BigDecimal("0.01");

    @Property
    void generated_answers_pass_the_check(@ForAll("miitAnswers") Answers answers) {
        assertThatCode(() -> AnswerCheck.check(MIIT_LIKE, answers)).doesNotThrowAnyException();
    }

    @Property
    void the_total_of_points_is_the_sum_of_the_dimension_scores(@ForAll("miitAnswers") Answers answers) {
        Score score = Scoring.score(MIIT_LIKE, answers);

        BigDecimal sum = score.dimensionScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(score.totalScore()).isCloseTo(sum, within(ROUNDING));
    }

    @Property
    void the_total_stays_between_0_and_100_and_no_score_exceeds_its_maximum(@ForAll("miitAnswers") Answers answers) {
        Score score = Scoring.score(MIIT_LIKE, answers);

        assertThat(score.totalScore()).isBetween(BigDecimal.ZERO, HUNDRED);
        for (Dimension dimension : MIIT_LIKE.dimensions()) {
            assertThat(score.dimensionScores().get(dimension.key())).isBetween(BigDecimal.ZERO, dimension.maxPoints());
            dimension.questions().forEach(q -> assertThat(score.questionScores().get(q.key()))
                    .as(q.key()).isBetween(BigDecimal.ZERO, q.maxPoints()));
        }
    }

    @Property
    void a_mean_of_dimensions_stays_between_0_and_100(@ForAll("meanAnswers") Answers answers) {
        Score score = Scoring.score(MEAN_LIKE, answers);

        assertThat(score.dimensionScores().values()).allSatisfy(d -> assertThat(d).isBetween(BigDecimal.ZERO, HUNDRED));
        BigDecimal sum = score.dimensionScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(score.totalScore()).isBetween(BigDecimal.ZERO, HUNDRED)
                .isCloseTo(sum.divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP), within(ROUNDING));
    }

    @Property
    void choosing_an_option_worth_more_never_lowers_a_score(@ForAll("miitAnswers") Answers answers,
            @ForAll @IntRange(max = 999) int questionPick, @ForAll @IntRange(max = 999) int optionPick) {
        List<Question> questions = MIIT_LIKE.questions().toList();
        Question question = questions.get(questionPick % questions.size());
        Option option = question.options().get(optionPick % question.options().size());
        Map<String, List<String>> choices = new HashMap<>(answers.choices());
        if (question.kind() == QuestionKind.MULTIPLE) {
            Assume.that(!option.exclusive());
            List<String> letters = new ArrayList<>(choices.getOrDefault(question.key(), List.of()));
            letters.removeIf(letter -> question.option(letter).orElseThrow().exclusive());
            Assume.that(!letters.contains(option.letter()));
            letters.add(option.letter());
            choices.put(question.key(), letters);
        } else {
            Assume.that(option.points().compareTo(Scoring.points(question, answers)) >= 0);
            choices.put(question.key(), List.of(option.letter()));
        }
        Answers better = new Answers(choices, answers.scenarios(), answers.evidence());
        AnswerCheck.check(MIIT_LIKE, better);

        Score before = Scoring.score(MIIT_LIKE, answers);
        Score after = Scoring.score(MIIT_LIKE, better);
        String dimension = MIIT_LIKE.dimensionOf(question).key();
        assertThat(after.questionScores().get(question.key()))
                .isGreaterThanOrEqualTo(before.questionScores().get(question.key()));
        assertThat(after.dimensionScores().get(dimension)).isGreaterThanOrEqualTo(before.dimensionScores().get(dimension));
        assertThat(after.totalScore()).isGreaterThanOrEqualTo(before.totalScore());
    }

    @Property
    void rating_a_scenario_higher_counts_it_at_the_new_levels_and_lowers_no_count(
            @ForAll("miitAnswers") Answers answers, @ForAll @IntRange(max = 999) int scenarioPick,
            @ForAll @IntRange(min = 1, max = 4) int raise) {
        List<Scenario> scenarios = MIIT_LIKE.scenarios().toList();
        Scenario scenario = scenarios.get(scenarioPick % scenarios.size());
        int was = answers.scenarios().getOrDefault(scenario.key(), 0);
        int now = Math.min(Scenario.MAX_LEVEL, was + raise);
        Map<String, Integer> ratings = new HashMap<>(answers.scenarios());
        ratings.put(scenario.key(), now);

        Score before = Scoring.score(MIIT_LIKE, answers);
        Score after = Scoring.score(MIIT_LIKE, new Answers(answers.choices(), ratings, answers.evidence()));
        for (int level = 1; level <= Scenario.MAX_LEVEL; level++) {
            int gained = level > was && level <= now ? 1 : 0;
            assertThat(after.scenariosAtLeast().get(level)).isEqualTo(before.scenariosAtLeast().get(level) + gained);
            assertThat(after.constrainedScenariosAtLeast().get(level)).isEqualTo(
                    before.constrainedScenariosAtLeast().get(level) + (scenario.constrained() ? gained : 0));
        }
    }

    @Provide
    Arbitrary<Answers> miitAnswers() {
        Arbitrary<Map<String, Map<String, BigDecimal>>> devices = Arbitraries.integers().between(0, 500)
                .flatMap(total -> Combinators.combine(Arbitraries.integers().between(0, total),
                        Arbitraries.integers().between(0, total)).as((digital, networked) -> Map.of(
                                "Q2", Map.of("total", BigDecimal.valueOf(total), "digital", BigDecimal.valueOf(digital)),
                                "Q3", Map.of("networked", BigDecimal.valueOf(networked)))));
        return answers(MIIT_LIKE, Arbitraries.oneOf(devices, Arbitraries.just(Map.<String, Map<String, BigDecimal>>of())));
    }

    @Provide
    Arbitrary<Answers> meanAnswers() {
        return answers(MEAN_LIKE, Arbitraries.just(Map.<String, Map<String, BigDecimal>>of()));
    }

    private static Arbitrary<Answers> answers(Framework framework,
            Arbitrary<Map<String, Map<String, BigDecimal>>> evidence) {
        List<Question> questions = framework.questions().toList();
        Arbitrary<Map<String, List<String>>> choices = Combinators
                .combine(questions.stream().map(ScoringPropertiesTest::choice).toList())
                .as(letters -> keyed(questions.stream().map(Question::key).toList(), letters));
        List<Scenario> scenarios = framework.scenarios().toList();
        Arbitrary<Map<String, Integer>> ratings = Combinators
                .combine(scenarios.stream().map(s -> Arbitraries.integers().between(0, 4).injectNull(0.2)).toList())
                .as(levels -> keyed(scenarios.stream().map(Scenario::key).toList(), levels));
        return Combinators.combine(choices, ratings, evidence).as(Answers::new);
    }

    /** A valid choice or none: one option, or for a multiple choice the exclusive one alone or any others. */
    private static Arbitrary<List<String>> choice(Question question) {
        Arbitrary<List<String>> answered;
        if (question.kind() == QuestionKind.MULTIPLE) {
            List<String> regular = question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
            List<String> exclusive = question.options().stream().filter(Option::exclusive).map(Option::letter).toList();
            Arbitrary<List<String>> some = Arbitraries.subsetOf(regular).map(set -> set.stream().sorted().toList());
            answered = exclusive.isEmpty() ? some : Arbitraries.oneOf(some, Arbitraries.of(exclusive).map(List::of));
        } else {
            answered = Arbitraries.of(question.options().stream().map(Option::letter).toList()).map(List::of);
        }
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<String>of())), Tuple.of(6, answered));
    }

    private static <T> Map<String, T> keyed(List<String> keys, List<T> values) {
        Map<String, T> map = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (values.get(i) != null) {
                map.put(keys.get(i), values.get(i));
            }
        }
        return map;
    }
}
