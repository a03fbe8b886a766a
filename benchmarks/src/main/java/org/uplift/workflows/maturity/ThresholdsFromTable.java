package org.uplift.workflows.maturity;

import java.io.InputStream;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.uplift.assessment.gap.LevelThreshold;

/**
 * The level gates as the application reads them from the {@code maturity-level} table, without a process
 * engine. Lives in the workflows package to reuse its (package-private) reader on the classpath.
 */
public final class ThresholdsFromTable {

    public static final String RESOURCE = "dmn/maturity/maturity-level.dmn";

    private ThresholdsFromTable() {
    }

    public static List<LevelThreshold> read() throws java.io.IOException {
        try (InputStream in = ThresholdsFromTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return DecisionTableThresholds.read(Dmn.readModelFromStream(in), MaturityDecision.KEY);
        }
    }
}
