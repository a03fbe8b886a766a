package org.uplift.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.uplift.assessment.scoring.TestFrameworks.MIIT_LIKE;
import static org.uplift.assessment.scoring.TestFrameworks.answers;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

class AnswerCheckTest {

    private static List<Violation> violations(TestFrameworks.AnswersBuilder answers) {
        InputRejectedException rejected = catchThrowableOfType(InputRejectedException.class,
                () -> AnswerCheck.check(MIIT_LIKE, answers.build()));
        assertThat(rejected).as("the answers are rejected").isNotNull();
        return rejected.violations();
    }

    private static Violation violation(String field, String key, Object... arguments) {
        return new Violation(field, key, Arrays.asList(arguments));
    }

    @Test
    void complete_valid_answers_pass() {
        TestFrameworks.AnswersBuilder answers = answers().choose("Q1", "B", "C").choose("Q4", "A").choose("Q5", "E")
                .choose("Q8", "F").choose("Q11", "B").choose("Q12", "A").choose("Q9")
                .evidence("Q2", "total", "80").evidence("Q2", "digital", "80").evidence("Q3", "networked", "0")
                .rate("SC01", 0).rate("SC02", 4).rate("SC06", 2);

        assertThatCode(() -> AnswerCheck.check(MIIT_LIKE, answers.build())).doesNotThrowAnyException();
        assertThatCode(() -> AnswerCheck.check(MIIT_LIKE, answers().build())).doesNotThrowAnyException();
    }

    @Test
    void an_unknown_question_is_refused() {
        assertThat(violations(answers().choose("Q99", "A")))
                .containsExactly(violation("answers.Q99", AnswerCheck.UNKNOWN_QUESTION, "Q99"));
    }

    @Test
    void an_unknown_option_is_refused_at_its_position() {
        assertThat(violations(answers().choose("Q1", "B", "Z").choose("Q5", "b")))
                .containsExactly(violation("answers.Q1[1]", AnswerCheck.UNKNOWN_OPTION, "Z"),
                        violation("answers.Q5[0]", AnswerCheck.UNKNOWN_OPTION, "b"));
    }

    @Test
    void a_missing_letter_is_an_unknown_option() {
        assertThat(violations(answers().choose("Q1", "B", null)))
                .containsExactly(violation("answers.Q1[1]", AnswerCheck.UNKNOWN_OPTION, "null"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Q5", "Q2", "Q12"})
    void single_choice_kinds_take_one_option(String question) {
        assertThat(violations(answers().choose(question, "A", "B")))
                .containsExactly(violation("answers." + question, AnswerCheck.SINGLE_CHOICE));
    }

    @Test
    void the_exclusive_none_cannot_be_combined() {
        assertThat(violations(answers().choose("Q1", "B", "A")))
                .containsExactly(violation("answers.Q1", AnswerCheck.EXCLUSIVE_OPTION, "A"));
    }

    @Test
    void a_letter_chosen_twice_is_refused() {
        assertThat(violations(answers().choose("Q1", "B", "C", "B")))
                .containsExactly(violation("answers.Q1[2]", AnswerCheck.DUPLICATE_OPTION, "B"));
    }

    @Test
    void an_unknown_scenario_is_refused() {
        assertThat(violations(answers().rate("SC99", 1)))
                .containsExactly(violation("scenarios.SC99", AnswerCheck.UNKNOWN_SCENARIO, "SC99"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5, Integer.MAX_VALUE})
    void a_scenario_rating_outside_0_to_4_is_refused(int rating) {
        assertThat(violations(answers().rate("SC03", rating)))
                .containsExactly(violation("scenarios.SC03", AnswerCheck.SCENARIO_RANGE, 0, 4));
    }

    @Test
    void evidence_for_an_unknown_field_or_question_is_refused() {
        assertThat(violations(answers().evidence("Q2", "devices", "3").evidence("Q5", "total", "3")
                .evidence("Q99", "total", "3")))
                .containsExactly(violation("evidence.Q2.devices", AnswerCheck.UNKNOWN_EVIDENCE, "devices"),
                        violation("evidence.Q5.total", AnswerCheck.UNKNOWN_EVIDENCE, "total"),
                        violation("evidence.Q99", AnswerCheck.UNKNOWN_QUESTION, "Q99"));
    }

    @Test
    void negative_evidence_is_refused() {
        assertThat(violations(answers().evidence("Q2", "total", "-1").evidence("Q2", "digital", "-0.5")))
                .containsExactly(violation("evidence.Q2.digital", AnswerCheck.NEGATIVE_EVIDENCE),
                        violation("evidence.Q2.total", AnswerCheck.NEGATIVE_EVIDENCE));
    }

    @Test
    void a_share_above_its_total_is_refused_also_across_questions() {
        assertThat(violations(answers().evidence("Q2", "total", "10").evidence("Q2", "digital", "10.01")
                .evidence("Q3", "networked", "11")))
                .containsExactly(violation("evidence.Q2.digital", AnswerCheck.RATIO_ABOVE_100),
                        violation("evidence.Q3.networked", AnswerCheck.RATIO_ABOVE_100));
        assertThat(violations(answers().evidence("Q2", "total", "0").evidence("Q2", "digital", "1")))
                .containsExactly(violation("evidence.Q2.digital", AnswerCheck.RATIO_ABOVE_100));
    }

    @Test
    void every_problem_is_reported_at_once() {
        List<Violation> found = violations(answers().choose("Q1", "A", "B", "B").choose("Q5", "B", "X")
                .choose("Q77", "A").rate("SC01", 9).rate("SC42", 1).evidence("Q2", "total", "-4")
                .evidence("Q3", "networked", "7").evidence("Q3", "foo", "1").choose("Q12", "C"));

        assertThat(found).extracting(Violation::field).containsExactly("answers.Q1[2]", "answers.Q1",
                "answers.Q5[1]", "answers.Q5", "answers.Q77", "scenarios.SC01", "scenarios.SC42",
                "evidence.Q2.total", "evidence.Q3.foo");
        assertThat(found).extracting(Violation::messageKey).containsExactly(AnswerCheck.DUPLICATE_OPTION,
                AnswerCheck.EXCLUSIVE_OPTION, AnswerCheck.UNKNOWN_OPTION, AnswerCheck.SINGLE_CHOICE,
                AnswerCheck.UNKNOWN_QUESTION, AnswerCheck.SCENARIO_RANGE, AnswerCheck.UNKNOWN_SCENARIO,
                AnswerCheck.NEGATIVE_EVIDENCE, AnswerCheck.UNKNOWN_EVIDENCE);
    }
}
