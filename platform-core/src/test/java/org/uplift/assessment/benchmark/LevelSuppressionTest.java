package org.uplift.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class LevelSuppressionTest {

    static Map<Integer, Long> levels(long... perLevel) {
        Map<Integer, Long> levels = new TreeMap<>();
        for (int level = 0; level < perLevel.length; level++) {
            levels.put(level, perLevel[level]);
        }
        return levels;
    }

    @Test
    void levels_with_fewer_than_k_smes_are_left_out_also_when_nobody_reached_them() {
        assertThat(LevelSuppression.shown(levels(5, 7, 2, 1, 0)))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(0, 5L, 1, 7L)));
    }

    @Test
    void a_single_hidden_level_hides_the_smallest_shown_one_too_so_it_cannot_be_worked_out() {
        assertThat(LevelSuppression.shown(levels(6, 7, 5, 8, 2)))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(0, 6L, 1, 7L, 3, 8L)));
    }

    @Test
    void nothing_is_shown_when_every_level_has_fewer_than_k() {
        assertThat(LevelSuppression.shown(levels(1, 2, 1, 1, 0))).isEmpty();
        assertThat(LevelSuppression.shown(levels(0, 4))).isEmpty();
    }

    @Test
    void no_shown_count_is_below_k_whatever_the_spread() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2_000; round++) {
            long[] counts = new long[5];
            for (int level = 0; level < counts.length; level++) {
                counts[level] = random.nextInt(12);
            }
            Map<Integer, Long> shown = LevelSuppression.shown(levels(counts));
            assertThat(shown.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(PeerBenchmarks.K));
            assertThat(5 - shown.size()).as("hidden levels of %s", java.util.Arrays.toString(counts))
                    .isNotEqualTo(1);
        }
    }
}
