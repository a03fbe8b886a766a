package org.uplift.workflows.maturity;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.uplift.assessment.scoring.Score;

/**
 * The contract of the {@code maturity-level} decision table, in one place: its key, the version tag that
 * binds a table to a framework version, and the names of its inputs. The BPMN's business rule task, the
 * scoring delegate, {@link MaturityLevels} and the threshold reader all spell it through here.
 */
public final class MaturityDecision {

    public static final String KEY = "maturity-level";
    public static final String TOTAL_SCORE = "totalScore";
    public static final int HIGHEST_LEVEL = 4;

    private MaturityDecision() {
    }

    /** The version tag of the table for one framework version, e.g. {@code miit-2024:2024.1}. */
    public static String versionTag(String frameworkId, String version) {
        return frameworkId + ":" + version;
    }

    /** How many scenarios are rated at or above {@code level}. */
    public static String scenariosAtLevel(int level) {
        return "scenariosAtLevel" + level;
    }

    /** How many constrained scenarios are rated at or above {@code level}. */
    public static String constrainedAtLevel(int level) {
        return "constrainedAtLevel" + level;
    }

    /** Every input of the table for a score. */
    public static VariableMap inputs(Score score) {
        VariableMap variables = Variables.createVariables().putValue(TOTAL_SCORE, score.totalScore().doubleValue());
        for (int n = 1; n <= HIGHEST_LEVEL; n++) {
            variables.putValue(scenariosAtLevel(n), score.scenariosAtLeast().getOrDefault(n, 0));
            variables.putValue(constrainedAtLevel(n), score.constrainedScenariosAtLeast().getOrDefault(n, 0));
        }
        return variables;
    }
}
