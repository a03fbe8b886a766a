package org.uplift.assessment.benchmark;

import java.util.Map;

/**
 * Peer statistics of one segment of one framework version: how many distinct SMEs contributed, and the
 * distribution of their latest total and dimension scores. Levels are not part of it yet (see
 * {@link PeerBenchmarks}).
 */
public record SegmentStatistics(String frameworkId, String version, String segment, int count, Distribution total,
        Map<String, Distribution> dimensions) {

    public SegmentStatistics {
        dimensions = Map.copyOf(dimensions);
    }
}
