package org.uplift.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What an assessment says: chosen option letters per question (one for single-choice kinds), scenario
 * ratings 0–4, and numeric evidence per question and field ({@code evidence.get("Q2").get("digital")}).
 */
public record Answers(Map<String, List<String>> choices, Map<String, Integer> scenarios,
        Map<String, Map<String, BigDecimal>> evidence) {

    public Answers {
        choices = choices == null ? Map.of() : Map.copyOf(choices);
        scenarios = scenarios == null ? Map.of() : Map.copyOf(scenarios);
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
    }
}
