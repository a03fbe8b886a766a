package org.uplift.workflows.maturity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.uplift.assessment.gap.LevelThreshold;

/** Reads the level gates back out of the {@code maturity-level} table (">= n" entries per rule). */
final class DecisionTableThresholds {

    private static final Pattern AT_LEAST = Pattern.compile("^>=\\s*([0-9.]+)$");

    private DecisionTableThresholds() {
    }

    static List<LevelThreshold> read(DmnModelInstance model, String decisionKey) {
        Decision decision = model.getModelElementById(decisionKey);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<String> inputs = table.getInputs().stream().map(DecisionTableThresholds::variable).toList();
        List<LevelThreshold> thresholds = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            int level = Integer.parseInt(rule.getOutputEntries().iterator().next().getTextContent().trim());
            if (level == 0) {
                continue;
            }
            List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
            BigDecimal score = BigDecimal.ZERO;
            int scenarios = 0;
            int constrained = 0;
            for (int i = 0; i < entries.size(); i++) {
                Matcher m = AT_LEAST.matcher(entries.get(i).getTextContent().trim());
                if (!m.matches()) {
                    continue;
                }
                String input = inputs.get(i);
                if (input.equals(MaturityDecision.TOTAL_SCORE)) {
                    score = new BigDecimal(m.group(1));
                } else if (input.equals(MaturityDecision.scenariosAtLevel(level))) {
                    scenarios = Integer.parseInt(m.group(1));
                } else if (input.equals(MaturityDecision.constrainedAtLevel(level))) {
                    constrained = Integer.parseInt(m.group(1));
                }
            }
            thresholds.add(new LevelThreshold(level, score, scenarios, constrained));
        }
        thresholds.sort(Comparator.comparingInt(LevelThreshold::level));
        return List.copyOf(thresholds);
    }

    private static String variable(Input input) {
        return input.getInputExpression().getText().getTextContent().trim();
    }
}
