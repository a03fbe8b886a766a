package org.uplift.assessment.benchmark;

/** What a segment offers for comparison: its statistics, or why there are none. */
public sealed interface Comparison {

    /** At least {@link PeerBenchmarks#K} distinct SMEs contributed. */
    record Available(SegmentStatistics statistics) implements Comparison {
    }

    /** Too few distinct SMEs contributed (k-anonymity): {@code count} of the {@code required}. */
    record TooFewPeers(int count, int required) implements Comparison {
    }
}
