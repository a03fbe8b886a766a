package org.uplift.assessment.framework;

/** What a scenario looks like at one level (1–4). */
public record ScenarioLevel(int level, String zh, String en) {
}
