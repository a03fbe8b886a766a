package org.uplift.marketplace.recommendation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uplift.assessment.recommendation.Recommendation;

/**
 * What an SME still needs, read from the improvement plan stored on its published assessment (the plan the
 * result page shows): the scenarios to raise for the next level (exactly the gap's scenario steps,
 * constrained ones included as many as the constrained gate lacks) and the dimensions whose questions
 * close the missing points or strengthen the weakest dimension.
 *
 * @param targetLevel     the next level; null at the top level or without levels
 * @param scenarios       the scenarios to raise, in the plan's order
 * @param dimensionGains  dimension key → points the plan's question steps there would add
 */
public record GapNeeds(Integer targetLevel, List<ScenarioNeed> scenarios, Map<String, BigDecimal> dimensionGains) {

    public GapNeeds {
        scenarios = List.copyOf(scenarios);
        dimensionGains = Map.copyOf(dimensionGains);
    }

    /** A scenario the next level needs raised from {@code currentLevel} to {@code targetLevel}. */
    public record ScenarioNeed(String scenarioKey, boolean constrained, int currentLevel, int targetLevel) {
    }

    public static GapNeeds of(List<Recommendation> plan) {
        Integer target = null;
        List<ScenarioNeed> scenarios = new java.util.ArrayList<>();
        Map<String, BigDecimal> gains = new LinkedHashMap<>();
        for (Recommendation step : plan) {
            if (step.kind() == Recommendation.Kind.SCENARIO && step.reason() == Recommendation.Reason.NEXT_LEVEL
                    && step.targetLevel() != null) {
                target = step.targetLevel();
                scenarios.add(new ScenarioNeed(step.key(), step.constrained(),
                        step.currentLevel() == null ? 0 : step.currentLevel(), step.targetLevel()));
            } else if (step.kind() == Recommendation.Kind.QUESTION && step.sectionKey() != null) {
                if (step.reason() == Recommendation.Reason.NEXT_LEVEL && step.targetLevel() != null) {
                    target = step.targetLevel();
                }
                gains.merge(step.sectionKey(), step.gain() == null ? BigDecimal.ZERO : step.gain(), BigDecimal::add);
            }
        }
        return new GapNeeds(target, scenarios, gains);
    }

    public int constrainedNeeded() {
        return (int) scenarios.stream().filter(ScenarioNeed::constrained).count();
    }

    public boolean isEmpty() {
        return scenarios.isEmpty() && dimensionGains.isEmpty();
    }
}
