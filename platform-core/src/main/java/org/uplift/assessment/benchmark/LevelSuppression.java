package org.uplift.assessment.benchmark;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which level counts a released snapshot may show: those of at least {@link PeerBenchmarks#K} SMEs. Every other
 * level, also one nobody reached, is left out ("fewer than K"); when that would leave out exactly one level, the
 * smallest shown one is left out too, so the hidden count cannot be worked out as the group's size minus the
 * others.
 */
final class LevelSuppression {

    /** Levels 0 (none) to this one are always considered, also those no peer reached. */
    static final int MAX_LEVEL = 4;

    private LevelSuppression() {
    }

    static Map<Integer, Long> shown(Map<Integer, Long> levels) {
        int k = PeerBenchmarks.K;
        long withLevel = levels.values().stream().mapToLong(Long::longValue).sum();
        TreeMap<Integer, Long> shown = new TreeMap<>();
        if (withLevel < k) {
            return shown;
        }
        int top = Math.max(MAX_LEVEL, levels.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        int hidden = 0;
        for (int level = 0; level <= top; level++) {
            long count = levels.getOrDefault(level, 0L);
            if (count >= k) {
                shown.put(level, count);
            } else {
                hidden++;
            }
        }
        if (hidden == 1 && !shown.isEmpty()) {
            shown.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).ifPresent(shown::remove);
        }
        return shown;
    }
}
