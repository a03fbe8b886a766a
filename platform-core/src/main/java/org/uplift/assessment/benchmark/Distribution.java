package org.uplift.assessment.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Count, mean and quartiles of one score across peers, rounded to 2 decimals. Quartiles interpolate
 * linearly between the sorted values (position {@code (n - 1) * p}, as Excel's QUARTILE.INC and R's type 7).
 * Computed exactly in decimal, so the same values give the same result from a sorted list ({@link #of}) and
 * from a histogram ({@link Histogram#distribution()}).
 */
public record Distribution(int count, BigDecimal mean, BigDecimal q1, BigDecimal median, BigDecimal q3) {

    private static final BigDecimal[] QUARTILES = {new BigDecimal("0.25"), new BigDecimal("0.5"),
            new BigDecimal("0.75")};

    /** The reference computation from a list of values. */
    public static Distribution of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        BigDecimal[] sorted = values.stream().map(BigDecimal::valueOf).sorted().toArray(BigDecimal[]::new);
        BigDecimal sum = java.util.Arrays.stream(sorted).reduce(BigDecimal.ZERO, BigDecimal::add);
        return from(sorted.length, sum, rank -> sorted[(int) rank]);
    }

    /** The value at a 0-based rank of the ascending values. */
    interface Ranked {
        BigDecimal at(long rank);
    }

    static Distribution from(long count, BigDecimal sum, Ranked ranked) {
        BigDecimal[] quartiles = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            BigDecimal position = BigDecimal.valueOf(count - 1).multiply(QUARTILES[i]);
            long lower = position.longValue();
            long upper = Math.min(lower + 1, count - 1);
            BigDecimal low = ranked.at(lower);
            BigDecimal fraction = position.subtract(BigDecimal.valueOf(lower));
            quartiles[i] = round(low.add(fraction.multiply(ranked.at(upper).subtract(low))));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new Distribution(Math.toIntExact(count), mean, quartiles[0], quartiles[1], quartiles[2]);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
