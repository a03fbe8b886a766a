package org.uplift.subsidy.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the authority's decision letter (补助决定书) states: who decided what for whom, the amount with the eligible
 * cost and rate it comes from, the conditions, and the decisions taken (stage and date, never who).
 */
public record DecisionLetter(String letterNumber, String applicationId, String authorityName, String smeName,
        String programmeName, String programmeNameEn, long eligibleCostFen, BigDecimal ratePercent, long amountFen,
        int implementationMonths, int minimumLevel, Instant decidedAt, List<Decision> decisions) {

    public DecisionLetter {
        decisions = List.copyOf(decisions);
    }

    /** One positive decision on the way to the offer. */
    public record Decision(ReviewStage stage, Instant at) {
    }
}
