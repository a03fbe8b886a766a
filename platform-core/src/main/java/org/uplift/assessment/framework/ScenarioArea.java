package org.uplift.assessment.framework;

import java.util.List;

/** A group of business scenarios (e.g. 产品生命周期数字化). */
public record ScenarioArea(String key, String nameZh, String nameEn, List<Scenario> scenarios) {

    public ScenarioArea {
        scenarios = List.copyOf(scenarios);
    }
}
