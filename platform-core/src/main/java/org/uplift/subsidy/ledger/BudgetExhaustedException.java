package org.uplift.subsidy.ledger;

import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/** Not enough of the budget is left (or reserved) for the movement; nothing moved. */
public class BudgetExhaustedException extends InputRejectedException {

    public static final String KEY = "subsidy.budget.exhausted";

    public BudgetExhaustedException(long availableFen) {
        super(Violation.of("amountFen", KEY, availableFen / 100));
    }
}
