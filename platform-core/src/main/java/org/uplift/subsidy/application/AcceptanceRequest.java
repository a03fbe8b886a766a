package org.uplift.subsidy.application;

import java.time.Instant;
import java.util.List;

import org.uplift.marketplace.solution.CostLine;

/** The SME's request for the on-site acceptance: its T1 assessment (newer than T0) and the actual costs. */
public record AcceptanceRequest(String t1AssessmentId, Integer t1Level, List<CostLine> actualCostLines,
        long actualTotalFen, String requestedBy, Instant requestedAt) {

    public AcceptanceRequest {
        actualCostLines = actualCostLines == null ? List.of() : List.copyOf(actualCostLines);
    }
}
