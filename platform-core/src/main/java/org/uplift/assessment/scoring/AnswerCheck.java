package org.uplift.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.uplift.assessment.framework.BandSource;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violations;

/**
 * Checks answers against a framework before they are scored or stored, and reports every problem at once.
 * Fields are named as the API names them: {@code answers.Q1}, {@code answers.Q1[1]} (the second letter),
 * {@code scenarios.SC03}, {@code evidence.Q2.digital}. Unanswered questions and scenarios are fine.
 */
public final class AnswerCheck {

    public static final String UNKNOWN_QUESTION = "validation.assessment.unknownQuestion";
    public static final String UNKNOWN_OPTION = "validation.assessment.unknownOption";
    public static final String DUPLICATE_OPTION = "validation.assessment.duplicateOption";
    public static final String SINGLE_CHOICE = "validation.assessment.singleChoice";
    public static final String EXCLUSIVE_OPTION = "validation.assessment.exclusiveOption";
    public static final String UNKNOWN_SCENARIO = "validation.assessment.unknownScenario";
    public static final String SCENARIO_RANGE = "validation.assessment.scenarioRange";
    public static final String UNKNOWN_EVIDENCE = "validation.assessment.unknownEvidence";
    public static final String NEGATIVE_EVIDENCE = "validation.assessment.negativeEvidence";
    public static final String RATIO_ABOVE_100 = "validation.assessment.ratioAbove100";

    private AnswerCheck() {
    }

    /** @throws InputRejectedException naming every bad field */
    public static void check(Framework framework, Answers answers) {
        Violations violations = new Violations();
        new TreeMap<>(answers.choices()).forEach((key, letters) -> {
            Optional<Question> question = framework.question(key);
            if (question.isEmpty()) {
                violations.add("answers." + key, UNKNOWN_QUESTION, key);
            } else {
                checkLetters(question.get(), letters, violations);
            }
        });
        new TreeMap<>(answers.scenarios()).forEach((key, rating) -> {
            if (framework.scenario(key).isEmpty()) {
                violations.add("scenarios." + key, UNKNOWN_SCENARIO, key);
            } else {
                violations.check(rating != null && rating >= 0 && rating <= Scenario.MAX_LEVEL,
                        "scenarios." + key, SCENARIO_RANGE, 0, Scenario.MAX_LEVEL);
            }
        });
        new TreeMap<>(answers.evidence()).forEach((key, fields) -> {
            Optional<Question> question = framework.question(key);
            if (question.isEmpty()) {
                violations.add("evidence." + key, UNKNOWN_QUESTION, key);
            } else if (fields != null) {
                checkEvidence(question.get(), fields, violations);
            }
        });
        framework.questions().filter(q -> q.bandSource() != null)
                .forEach(q -> checkRatio(q, answers, violations));
        violations.throwIfAny();
    }

    private static void checkLetters(Question question, List<String> letters, Violations violations) {
        String field = "answers." + question.key();
        Set<String> seen = new HashSet<>();
        List<Option> chosen = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            String letter = letters.get(i);
            Optional<Option> option = letter == null ? Optional.empty() : question.option(letter);
            if (option.isEmpty()) {
                violations.add(field + "[" + i + "]", UNKNOWN_OPTION, String.valueOf(letter));
            } else if (!seen.add(letter)) {
                violations.add(field + "[" + i + "]", DUPLICATE_OPTION, letter);
            } else {
                chosen.add(option.get());
            }
        }
        if (question.kind() != QuestionKind.MULTIPLE) {
            violations.check(letters.size() <= 1, field, SINGLE_CHOICE);
        } else if (chosen.size() > 1) {
            chosen.stream().filter(Option::exclusive)
                    .forEach(o -> violations.add(field, EXCLUSIVE_OPTION, o.letter()));
        }
    }

    private static void checkEvidence(Question question, Map<String, BigDecimal> fields, Violations violations) {
        new TreeMap<>(fields).forEach((key, value) -> {
            String field = "evidence." + question.key() + "." + key;
            if (question.evidenceFields().stream().noneMatch(f -> f.key().equals(key))) {
                violations.add(field, UNKNOWN_EVIDENCE, key);
            } else {
                violations.check(value == null || value.signum() >= 0, field, NEGATIVE_EVIDENCE);
            }
        });
    }

    private static void checkRatio(Question question, Answers answers, Violations violations) {
        BandSource source = question.bandSource();
        BigDecimal numerator = Scoring.evidence(answers, question, source.numeratorField());
        BigDecimal denominator = Scoring.evidence(answers, question, source.denominatorField());
        if (numerator != null && denominator != null && denominator.signum() >= 0
                && numerator.compareTo(denominator) > 0) {
            violations.add("evidence." + Scoring.evidencePath(question, source.numeratorField()), RATIO_ABOVE_100);
        }
    }
}
