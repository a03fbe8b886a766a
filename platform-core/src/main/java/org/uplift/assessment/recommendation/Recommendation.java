package org.uplift.assessment.recommendation;

import java.math.BigDecimal;

/**
 * One step of an SME's improvement plan, in the order to take them ({@code rank} 1 first).
 *
 * @param kind         what to change: a scenario rating or a question's answer
 * @param reason       why: it is needed for the next level, or it strengthens the weakest dimension
 * @param key          the scenario or question key
 * @param sectionKey   the question's dimension, or the scenario's area
 * @param option       for a question: the option to choose (added to the others for multiple choice)
 * @param gain         for a question: the points it adds
 * @param currentLevel for a scenario: its rating now
 * @param targetLevel  the level this step works towards (null for a weakest-dimension step without levels)
 * @param constrained  for a scenario: whether it is constrained (约束性)
 */
public record Recommendation(int rank, Kind kind, Reason reason, String key, String sectionKey, String option,
        BigDecimal gain, Integer currentLevel, Integer targetLevel, boolean constrained) {

    public enum Kind { SCENARIO, QUESTION }

    public enum Reason { NEXT_LEVEL, WEAKEST_DIMENSION }
}
