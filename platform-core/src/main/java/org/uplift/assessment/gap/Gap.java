package org.uplift.assessment.gap;

import java.math.BigDecimal;
import java.util.List;

/**
 * The way to {@code targetLevel}. Each list is what the UI shows, most useful first.
 *
 * @param scenarioSteps    scenarios to raise to the target level: enough to meet both scenario gates
 * @param questionSteps    one-step improvements on questions, largest gain first
 */
public record Gap(int targetLevel, BigDecimal pointsMissing, int scenariosMissing, int constrainedMissing,
        List<ScenarioStep> scenarioSteps, List<QuestionStep> questionSteps) {

    /** Raise this scenario from its current rating to the target level. */
    public record ScenarioStep(String scenarioKey, boolean constrained, int currentLevel, int targetLevel) {
    }

    /** Choose {@code option} on this question (added to the others for multiple choice) to gain points. */
    public record QuestionStep(String questionKey, String option, BigDecimal gain) {
    }
}
