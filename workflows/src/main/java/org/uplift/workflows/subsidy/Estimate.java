package org.uplift.workflows.subsidy;

import java.util.List;

/** The answer of an estimate; {@code amountFen} is 0 unless eligible. */
public record Estimate(boolean eligible, List<String> reasons, long eligibleCostFen, long amountFen) {
}
