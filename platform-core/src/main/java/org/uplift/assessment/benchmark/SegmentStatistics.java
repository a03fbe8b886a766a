package org.uplift.assessment.benchmark;

import java.util.Map;
import java.util.TreeMap;

/**
 * Released peer statistics of one segment of one framework version: how many distinct vouched SMEs contributed,
 * the distribution of their latest total and dimension scores, and how many of them are at each level, as of
 * the segment's last release (see {@link PeerBenchmarks}).
 *
 * @param levels level (0 = none .. 4) → number of SMEs whose latest assessment was published at it, in level
 *               order, only for levels of at least {@link PeerBenchmarks#K} SMEs: a level left out has fewer (or
 *               is left out so that another cannot be worked out, see {@code LevelSuppression}); empty
 *               when no level can be shown, while fewer than {@link PeerBenchmarks#K} SMEs have a published level
 *               and for frameworks without levels
 */
public record SegmentStatistics(String frameworkId, String version, Segment segment, int count, Distribution total,
        Map<String, Distribution> dimensions, Map<Integer, Long> levels) {

    public SegmentStatistics {
        dimensions = Map.copyOf(dimensions);
        levels = java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }
}
