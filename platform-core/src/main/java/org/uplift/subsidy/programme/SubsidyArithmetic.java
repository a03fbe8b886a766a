package org.uplift.subsidy.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

import org.uplift.marketplace.solution.CostLine;

/** The money of a subsidy, exact to the fen: no floating point anywhere. */
public final class SubsidyArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SubsidyArithmetic() {
    }

    /** The sum of the lines whose category the programme funds. */
    public static long eligibleCostFen(ProgrammeTerms terms, Collection<CostLine> lines) {
        return lines.stream().filter(l -> terms.categories().contains(l.category())).mapToLong(CostLine::amountFen)
                .reduce(0L, Math::addExact);
    }

    /** min(floor(rate % × eligible cost), cap), in fen. */
    public static long amountFen(BigDecimal ratePercent, long eligibleCostFen, long capFen) {
        long byRate = BigDecimal.valueOf(eligibleCostFen).multiply(ratePercent).divide(HUNDRED, 0, RoundingMode.FLOOR)
                .longValueExact();
        return Math.max(0, Math.min(byRate, capFen));
    }
}
