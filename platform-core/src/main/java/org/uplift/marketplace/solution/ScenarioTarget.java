package org.uplift.marketplace.solution;

/** A scenario of the framework (e.g. MIIT {@code SC07} 质量管理) and the level (1–4) the package brings it to. */
public record ScenarioTarget(String scenarioKey, int level) {
}
