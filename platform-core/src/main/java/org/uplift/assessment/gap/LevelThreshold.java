package org.uplift.assessment.gap;

import java.math.BigDecimal;

/** The gates of one level: a minimum total, and scenarios (and constrained ones) rated at that level or higher. */
public record LevelThreshold(int level, BigDecimal minScore, int minScenarios, int minConstrained) {
}
