package org.uplift.assessment.gap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;

/** Works out the gap to the next level from the answers, their score and the level gates. */
public final class GapAnalysis {

    static final int MAX_QUESTION_STEPS = 5;

    private GapAnalysis() {
    }

    /** Empty at the top level, or where the framework has no level gates. */
    public static Optional<Gap> toNextLevel(Framework framework, Answers answers, Score score, int currentLevel,
            List<LevelThreshold> thresholds) {
        return thresholds.stream().filter(t -> t.level() == currentLevel + 1).findFirst()
                .map(next -> gap(framework, answers, score, next));
    }

    private static Gap gap(Framework framework, Answers answers, Score score, LevelThreshold next) {
        int level = next.level();
        BigDecimal points = next.minScore().subtract(score.totalScore()).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        int scenariosMissing = Math.max(0, next.minScenarios() - score.scenariosAtLeast().getOrDefault(level, 0));
        int constrainedMissing = Math.max(0, next.minConstrained() - score.constrainedScenariosAtLeast().getOrDefault(level, 0));
        return new Gap(level, points, scenariosMissing, constrainedMissing,
                scenarioSteps(framework, answers, level, scenariosMissing, constrainedMissing),
                points.signum() > 0 ? questionSteps(framework, answers, score) : List.of());
    }

    /** Constrained scenarios first where they are short, then the ones closest to the target. */
    private static List<Gap.ScenarioStep> scenarioSteps(Framework framework, Answers answers, int level,
            int scenariosMissing, int constrainedMissing) {
        Comparator<Scenario> closestFirst = Comparator.comparingInt((Scenario s) -> rating(answers, s)).reversed();
        List<Scenario> below = framework.scenarios().filter(s -> rating(answers, s) < level).sorted(closestFirst).toList();
        List<Scenario> chosen = new ArrayList<>(below.stream().filter(Scenario::constrained).limit(constrainedMissing).toList());
        below.stream().filter(s -> !chosen.contains(s)).limit(Math.max(0, scenariosMissing - chosen.size()))
                .forEach(chosen::add);
        return chosen.stream().map(s -> new Gap.ScenarioStep(s.key(), s.constrained(), rating(answers, s), level)).toList();
    }

    private static int rating(Answers answers, Scenario scenario) {
        return answers.scenarios().getOrDefault(scenario.key(), 0);
    }

    private static List<Gap.QuestionStep> questionSteps(Framework framework, Answers answers, Score score) {
        return framework.questions().map(q -> bestStep(q, answers, score)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Gap.QuestionStep::gain).reversed()).limit(MAX_QUESTION_STEPS).toList();
    }

    /** The one change on a question that gains the most: a better option, or one more for multiple choice. */
    public static Optional<Gap.QuestionStep> bestStep(Question question, Answers answers, Score score) {
        List<String> chosen = answers.choices().getOrDefault(question.key(), List.of());
        BigDecimal current = score.questionScores().getOrDefault(question.key(), BigDecimal.ZERO);
        return question.options().stream()
                .filter(o -> !o.exclusive() && !chosen.contains(o.letter()))
                .map(o -> new Gap.QuestionStep(question.key(), o.letter(), gain(question, o, current)))
                .filter(step -> step.gain().signum() > 0)
                .max(Comparator.comparing(Gap.QuestionStep::gain));
    }

    private static BigDecimal gain(Question question, Option option, BigDecimal current) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return option.points().min(question.maxPoints().subtract(current)).setScale(2, RoundingMode.HALF_UP);
        }
        return option.points().subtract(current).setScale(2, RoundingMode.HALF_UP);
    }
}
