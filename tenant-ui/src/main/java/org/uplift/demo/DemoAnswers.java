package org.uplift.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.uplift.assessment.framework.BandSource;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Scoring;

/**
 * Plausible answers of a synthetic SME of a given digital maturity (0 = paper and spreadsheets, 1 = fully
 * digital), drawn from a seeded random so the same seed always gives the same answers. Each question and
 * scenario wobbles around the maturity: better options and higher scenario ratings grow likelier with it.
 */
final class DemoAnswers {

    private static final double QUESTION_SPREAD = 0.15;
    private static final double SCENARIO_SPREAD = 0.7;

    private DemoAnswers() {
    }

    static Answers draw(Framework framework, double maturity, long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> evidence = new LinkedHashMap<>();
        for (Question question : framework.questions().toList()) {
            double wobbled = clamp(maturity + random.nextGaussian() * QUESTION_SPREAD, 0, 1);
            if (question.kind() == QuestionKind.MULTIPLE) {
                choices.put(question.key(), several(question, wobbled, random));
            } else if (question.kind() == QuestionKind.PERCENT_BAND && question.bandSource() != null) {
                Map<String, BigDecimal> counts = deviceCounts(question.bandSource(), wobbled, random);
                evidence.put(question.key(), counts);
                Scoring.derivedBand(question, new Answers(null, null, Map.of(question.key(), counts)))
                        .ifPresent(band -> choices.put(question.key(), List.of(band.letter())));
            } else {
                choices.put(question.key(), List.of(ranked(question, wobbled)));
            }
        }
        Map<String, Integer> scenarios = new LinkedHashMap<>();
        framework.scenarios().forEach(scenario -> scenarios.put(scenario.key(), (int) Math.round(clamp(
                maturity * Scenario.MAX_LEVEL + random.nextGaussian() * SCENARIO_SPREAD, 0, Scenario.MAX_LEVEL))));
        return new Answers(choices, scenarios, evidence);
    }

    /** Each option with a chance of the maturity; "none" when nothing was chosen. */
    private static List<String> several(Question question, double maturity, Random random) {
        List<String> chosen = new ArrayList<>();
        question.options().stream().filter(o -> !o.exclusive())
                .forEach(o -> {
                    if (random.nextDouble() < maturity) {
                        chosen.add(o.letter());
                    }
                });
        if (chosen.isEmpty()) {
            question.options().stream().filter(Option::exclusive).findFirst().ifPresent(o -> chosen.add(o.letter()));
        }
        return chosen;
    }

    /** The option as far up the points as the maturity reaches. */
    private static String ranked(Question question, double maturity) {
        List<Option> byPoints = question.options().stream().sorted(Comparator.comparing(Option::points)).toList();
        return byPoints.get((int) Math.round(maturity * (byPoints.size() - 1))).letter();
    }

    /** A device count and the share of it the maturity reaches, as the band source's two fields. */
    private static Map<String, BigDecimal> deviceCounts(BandSource source, double maturity, Random random) {
        int all = 20 + random.nextInt(180);
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        counts.put(field(source.denominatorField()), BigDecimal.valueOf(all));
        counts.put(field(source.numeratorField()), BigDecimal.valueOf(Math.round(all * maturity)));
        return counts;
    }

    /** The demo answers only band sources that use the question's own fields. */
    private static String field(String reference) {
        if (reference.contains(".")) {
            throw new IllegalArgumentException("Band source field of another question: " + reference);
        }
        return reference;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
