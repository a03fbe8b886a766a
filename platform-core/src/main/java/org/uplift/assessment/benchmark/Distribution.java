package org.uplift.assessment.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Count, mean and quartiles of one score across peers, rounded to 2 decimals. Quartiles interpolate
 * linearly between the sorted values (position {@code (n - 1) * p}, as Excel's QUARTILE.INC and R's type 7).
 */
public record Distribution(int count, BigDecimal mean, BigDecimal q1, BigDecimal median, BigDecimal q3) {

    public static Distribution of(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = java.util.Arrays.stream(sorted).sum() / sorted.length;
        return new Distribution(sorted.length, round(mean), round(quantile(sorted, 0.25)),
                round(quantile(sorted, 0.5)), round(quantile(sorted, 0.75)));
    }

    /** The p-quantile (0..1) of ascending values, linearly interpolated. */
    static double quantile(double[] sorted, double p) {
        double position = (sorted.length - 1) * p;
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
