package org.uplift.benchmarks;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.uplift.assessment.scoring.Answers;

/**
 * A complete, realistic MIIT 2024 answer set: a small machinery maker half-way digital (level 2, with a gap to
 * level 3). Every question answered, device counts for the two percent bands that derive from them, all 16
 * scenarios rated.
 */
final class MiitAnswers {

    static final Map<String, List<String>> CHOICES = choices();
    static final Map<String, Integer> SCENARIOS = scenarios();
    static final Map<String, Map<String, BigDecimal>> EVIDENCE = Map.of(
            "Q2", Map.of("allDevices", BigDecimal.valueOf(120), "digitalDevices", BigDecimal.valueOf(62)),
            "Q3", Map.of("allDevices", BigDecimal.valueOf(120), "networkedDevices", BigDecimal.valueOf(45)),
            "Q11", Map.of("digitalSpend", BigDecimal.valueOf(180)));

    private MiitAnswers() {
    }

    static Answers answers() {
        return new Answers(CHOICES, SCENARIOS, EVIDENCE);
    }

    private static Map<String, List<String>> choices() {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        choices.put("Q1", List.of("B", "C", "D"));
        choices.put("Q2", List.of("D"));
        choices.put("Q3", List.of("C"));
        choices.put("Q4", List.of("B", "C", "E", "F", "H", "O"));
        choices.put("Q5", List.of("C"));
        choices.put("Q6", List.of("B", "C"));
        choices.put("Q7", List.of("B", "D"));
        choices.put("Q8", List.of("D"));
        choices.put("Q9", List.of("B", "C"));
        choices.put("Q10", List.of("B", "C", "E"));
        choices.put("Q11", List.of("C"));
        choices.put("Q12", List.of("B"));
        choices.put("Q13", List.of("C"));
        choices.put("Q14", List.of("B"));
        choices.put("Q15", List.of("C"));
        return choices;
    }

    private static Map<String, Integer> scenarios() {
        int[] ratings = {3, 2, 3, 2, 2, 3, 1, 2, 3, 2, 2, 1, 3, 2, 2, 1};
        Map<String, Integer> scenarios = new LinkedHashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            scenarios.put(String.format("SC%02d", i + 1), ratings[i]);
        }
        return scenarios;
    }
}
