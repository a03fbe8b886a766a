package org.uplift.assessment.benchmark;

/** What a segment offers for comparison: its released statistics, or that there are none. */
public sealed interface Comparison {

    /** The segment's last released statistics (at least {@link PeerBenchmarks#K} vouched SMEs). */
    record Available(SegmentStatistics statistics) implements Comparison {
    }

    /**
     * Nothing released: fewer than {@code required} vouched SMEs so far. How many there are is not told, since a
     * count below {@code required} would itself be a disclosure.
     */
    record TooFewPeers(int required) implements Comparison {
    }
}
