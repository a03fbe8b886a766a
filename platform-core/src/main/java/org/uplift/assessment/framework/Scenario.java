package org.uplift.assessment.framework;

import java.util.List;

/**
 * A business scenario rated 0 (not reached) to 4 by its level descriptors.
 *
 * @param constrained 约束性: counts separately in the level gates
 */
public record Scenario(String key, String nameZh, String nameEn, boolean constrained, List<ScenarioLevel> levels) {

    public static final int MAX_LEVEL = 4;

    public Scenario {
        levels = List.copyOf(levels);
    }
}
