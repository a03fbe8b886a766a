package org.uplift.assessment.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.uplift.assessment.framework.BandSource;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScoringMethod;

/**
 * Scores answers against a framework. Stateless; expects answers that passed {@link AnswerCheck}
 * (letters it does not know score 0, a single-choice question with several letters counts the first).
 * Sums keep full precision; every reported score is rounded half-up to 2 decimals at the end.
 */
public final class Scoring {

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    public static Score score(Framework framework, Answers answers) {
        boolean mean = framework.scoring() == ScoringMethod.MEAN_OF_DIMENSIONS;
        Map<String, BigDecimal> questionScores = new LinkedHashMap<>();
        Map<String, BigDecimal> dimensionScores = new LinkedHashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Dimension dimension : framework.dimensions()) {
            BigDecimal points = BigDecimal.ZERO;
            for (Question question : dimension.questions()) {
                BigDecimal questionPoints = points(question, answers);
                questionScores.put(question.key(), round(questionPoints));
                points = points.add(questionPoints);
            }
            BigDecimal dimensionScore = mean ? percentOf(points, dimension.maxPoints()) : points;
            dimensionScores.put(dimension.key(), round(dimensionScore));
            sum = sum.add(dimensionScore);
        }
        int dimensions = framework.dimensions().size();
        BigDecimal total = mean && dimensions > 0
                ? sum.divide(BigDecimal.valueOf(dimensions), MathContext.DECIMAL128) : sum;
        return new Score(round(total), Collections.unmodifiableMap(dimensionScores),
                Collections.unmodifiableMap(questionScores), scenarioCounts(framework, answers, false),
                scenarioCounts(framework, answers, true));
    }

    /** A question's points at full precision: 0 when unanswered, a multiple choice capped at its maximum. */
    public static BigDecimal points(Question question, Answers answers) {
        List<String> letters = answers.choices().getOrDefault(question.key(), List.of());
        if (letters.isEmpty()) {
            return derivedBand(question, answers).map(Option::points).orElse(BigDecimal.ZERO);
        }
        if (question.kind() != QuestionKind.MULTIPLE) {
            return question.option(letters.get(0)).map(Option::points).orElse(BigDecimal.ZERO);
        }
        BigDecimal sum = letters.stream().distinct().map(question::option).flatMap(Optional::stream)
                .map(Option::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return question.maxPoints() != null ? sum.min(question.maxPoints()) : sum;
    }

    /**
     * The band a percent-band question's evidence selects: numerator / denominator × 100, in a band when
     * above {@code bandAbove} (exclusive) and up to {@code bandUpTo} (inclusive). Compared exactly (no
     * division), so 10 of 100 is in the band up to 10 %. Empty without a band source, with a missing
     * or negative number, a zero denominator, or a ratio that no band holds.
     */
    public static Optional<Option> derivedBand(Question question, Answers answers) {
        BandSource source = question.bandSource();
        if (question.kind() != QuestionKind.PERCENT_BAND || source == null) {
            return Optional.empty();
        }
        BigDecimal numerator = evidence(answers, question, source.numeratorField());
        BigDecimal denominator = evidence(answers, question, source.denominatorField());
        if (numerator == null || denominator == null || numerator.signum() < 0 || denominator.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal scaled = numerator.multiply(HUNDRED);
        return question.options().stream()
                .filter(o -> o.bandAbove() == null || scaled.compareTo(o.bandAbove().multiply(denominator)) > 0)
                .filter(o -> o.bandUpTo() == null || scaled.compareTo(o.bandUpTo().multiply(denominator)) <= 0)
                .findFirst();
    }

    /**
     * Where a band source's field is answered: {@code "digital"} is the question's own evidence field,
     * {@code "Q2.total"} a field of another question (MIIT's Q3 divides by the device count asked in Q2).
     */
    static String evidencePath(Question owner, String fieldRef) {
        return fieldRef.contains(".") ? fieldRef : owner.key() + "." + fieldRef;
    }

    static BigDecimal evidence(Answers answers, Question owner, String fieldRef) {
        String path = evidencePath(owner, fieldRef);
        int dot = path.indexOf('.');
        Map<String, BigDecimal> fields = answers.evidence().get(path.substring(0, dot));
        return fields == null ? null : fields.get(path.substring(dot + 1));
    }

    private static BigDecimal percentOf(BigDecimal points, BigDecimal max) {
        if (max == null || max.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return points.multiply(HUNDRED).divide(max, MathContext.DECIMAL128);
    }

    private static Map<Integer, Integer> scenarioCounts(Framework framework, Answers answers, boolean constrainedOnly) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (int level = 1; level <= Scenario.MAX_LEVEL; level++) {
            int atLeast = level;
            counts.put(level, (int) framework.scenarios()
                    .filter(s -> !constrainedOnly || s.constrained())
                    .filter(s -> answers.scenarios().getOrDefault(s.key(), 0) >= atLeast)
                    .count());
        }
        return Collections.unmodifiableMap(counts);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
