package org.uplift.assessment.recommendation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.gap.Gap;
import org.uplift.assessment.gap.GapAnalysis;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;

/**
 * Works out the prioritised improvement plan of one assessment. Deterministic: the same answers give
 * the same plan, so the journey may compute and store it again on a retry.
 * <ol>
 * <li>For the next level ({@link GapAnalysis}): the scenarios to raise, constrained ones first, then those
 * closest to the target; then the question steps with the largest gain, only as many as close the missing
 * points.</li>
 * <li>For the weakest dimension (lowest share of its maximum points): its best question steps not already
 * listed, at most {@value #WEAKEST_DIMENSION_STEPS}.</li>
 * </ol>
 */
public final class ImprovementPlan {

    static final int WEAKEST_DIMENSION_STEPS = 2;

    private ImprovementPlan() {
    }

    /**
     * @param level      the decided level (0 = none), or null where the framework has no levels
     * @param thresholds the level gates of the framework version (empty without levels)
     */
    public static List<Recommendation> recommend(Framework framework, Answers answers, Score score, Integer level,
            List<LevelThreshold> thresholds) {
        List<Recommendation> plan = new ArrayList<>();
        Optional<Gap> gap = level == null ? Optional.empty()
                : GapAnalysis.toNextLevel(framework, answers, score, level, thresholds);
        gap.ifPresent(g -> nextLevel(framework, g, plan));
        weakestDimension(framework, answers, score, gap.map(Gap::targetLevel).orElse(null), plan);
        return List.copyOf(plan);
    }

    private static void nextLevel(Framework framework, Gap gap, List<Recommendation> plan) {
        gap.scenarioSteps().stream()
                .sorted(Comparator.comparing(Gap.ScenarioStep::constrained).reversed()
                        .thenComparing(Comparator.comparingInt(Gap.ScenarioStep::currentLevel).reversed())
                        .thenComparing(Gap.ScenarioStep::scenarioKey))
                .forEach(step -> plan.add(new Recommendation(plan.size() + 1, Recommendation.Kind.SCENARIO,
                        Recommendation.Reason.NEXT_LEVEL, step.scenarioKey(), areaOf(framework, step.scenarioKey()),
                        null, null, step.currentLevel(), step.targetLevel(), step.constrained())));
        BigDecimal covered = BigDecimal.ZERO;
        for (Gap.QuestionStep step : gap.questionSteps()) {
            if (covered.compareTo(gap.pointsMissing()) >= 0) {
                break;
            }
            plan.add(question(plan.size() + 1, Recommendation.Reason.NEXT_LEVEL, framework, step.questionKey(),
                    step.option(), step.gain(), gap.targetLevel()));
            covered = covered.add(step.gain());
        }
    }

    private static void weakestDimension(Framework framework, Answers answers, Score score, Integer targetLevel,
            List<Recommendation> plan) {
        Optional<Dimension> weakest = framework.dimensions().stream()
                .filter(d -> d.maxPoints() != null && d.maxPoints().signum() > 0)
                .min(Comparator.comparing((Dimension d) -> share(d, answers)));
        if (weakest.isEmpty()) {
            return;
        }
        Set<String> listed = new HashSet<>();
        plan.forEach(r -> listed.add(r.key()));
        weakest.get().questions().stream()
                .filter(q -> !listed.contains(q.key()))
                .map(q -> GapAnalysis.bestStep(q, answers, score))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Gap.QuestionStep::gain).reversed())
                .limit(WEAKEST_DIMENSION_STEPS)
                .forEach(step -> plan.add(question(plan.size() + 1, Recommendation.Reason.WEAKEST_DIMENSION, framework,
                        step.questionKey(), step.option(), step.gain(), targetLevel)));
    }

    private static BigDecimal share(Dimension dimension, Answers answers) {
        BigDecimal points = dimension.questions().stream().map(q -> Scoring.points(q, answers))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return points.divide(dimension.maxPoints(), MathContext.DECIMAL64);
    }

    private static Recommendation question(int rank, Recommendation.Reason reason, Framework framework, String key,
            String option, BigDecimal gain, Integer targetLevel) {
        Question question = framework.question(key).orElseThrow();
        return new Recommendation(rank, Recommendation.Kind.QUESTION, reason, key, framework.dimensionOf(question).key(),
                option, gain, null, targetLevel, false);
    }

    private static String areaOf(Framework framework, String scenarioKey) {
        return framework.scenarioAreas().stream()
                .filter(a -> a.scenarios().stream().anyMatch(s -> s.key().equals(scenarioKey)))
                .map(ScenarioArea::key).findFirst().orElse(null);
    }
}
