package org.uplift.assessment.scoring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The scores of one set of answers, rounded to 2 decimals.
 *
 * @param scenariosAtLeast          for level n (1–4): how many scenarios are rated n or higher
 * @param constrainedScenariosAtLeast the same, counting constrained scenarios only
 */
public record Score(BigDecimal totalScore, Map<String, BigDecimal> dimensionScores,
        Map<String, BigDecimal> questionScores, Map<Integer, Integer> scenariosAtLeast,
        Map<Integer, Integer> constrainedScenariosAtLeast) {
}
