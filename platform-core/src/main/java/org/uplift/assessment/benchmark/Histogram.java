package org.uplift.assessment.benchmark;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How many peers have each score, at a resolution of 0.01 (scores carry two decimals, so each lands exactly in
 * its bucket and the quartiles computed from the counts equal those of the sorted list). Its size depends on
 * the range of scores, never on the number of peers.
 */
final class Histogram {

    private final NavigableMap<Long, Long> counts = new TreeMap<>();

    /** Buckets as stored: hundredths of a score (as text) to the number of peers with it. */
    static Histogram of(Map<String, ?> buckets) {
        Histogram histogram = new Histogram();
        if (buckets != null) {
            buckets.forEach((bucket, count) -> histogram.add(Long.parseLong(bucket), ((Number) count).longValue()));
        }
        return histogram;
    }

    void add(long hundredths, long count) {
        long merged = counts.getOrDefault(hundredths, 0L) + count;
        if (merged < 0) {
            throw new IllegalStateException("Negative count in bucket " + hundredths);
        }
        if (merged == 0) {
            counts.remove(hundredths);
        } else {
            counts.put(hundredths, merged);
        }
    }

    long count() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The distribution of the scores counted, or null when there are none. */
    Distribution distribution() {
        long count = count();
        if (count == 0) {
            return null;
        }
        long sum = counts.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        return Distribution.from(count, BigDecimal.valueOf(sum, 2), this::at);
    }

    /** The score at a 0-based rank of the ascending scores. */
    private BigDecimal at(long rank) {
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (rank < seen) {
                return BigDecimal.valueOf(bucket.getKey(), 2);
            }
        }
        throw new IndexOutOfBoundsException(rank);
    }

    /** A score's bucket: its value in hundredths. */
    static long bucket(BigDecimal score) {
        return score.setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue().longValueExact();
    }
}
