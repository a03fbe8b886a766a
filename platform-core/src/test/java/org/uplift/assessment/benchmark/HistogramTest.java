package org.uplift.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class HistogramTest {

    /** Scores with two decimals, 0.00 to 100.00, as the scoring rounds them. */
    @Property(tries = 500)
    void quartiles_and_mean_from_the_histogram_equal_those_of_the_sorted_list(
            @ForAll @Size(min = 1, max = 300) List<@IntRange(min = 0, max = 10_000) Integer> hundredths) {
        Histogram histogram = new Histogram();
        hundredths.forEach(h -> histogram.add(h, 1));
        List<Double> values = hundredths.stream().map(h -> BigDecimal.valueOf(h, 2).doubleValue()).toList();

        assertThat(histogram.distribution()).isEqualTo(Distribution.of(values));
    }

    @Property(tries = 200)
    void removing_what_was_added_leaves_the_distribution_of_the_rest(
            @ForAll @Size(min = 1, max = 100) List<@IntRange(min = 0, max = 3_000) Integer> kept,
            @ForAll @Size(max = 100) List<@IntRange(min = 0, max = 3_000) Integer> replaced) {
        Histogram histogram = new Histogram();
        kept.forEach(h -> histogram.add(h, 1));
        replaced.forEach(h -> histogram.add(h, 1));
        replaced.forEach(h -> histogram.add(h, -1));
        List<Double> values = kept.stream().map(h -> BigDecimal.valueOf(h, 2).doubleValue()).toList();

        assertThat(histogram.distribution()).isEqualTo(Distribution.of(values));
        assertThat(histogram.count()).isEqualTo(kept.size());
    }

    @Test
    void an_empty_histogram_has_no_distribution() {
        Histogram histogram = new Histogram();
        histogram.add(4250, 1);
        histogram.add(4250, -1);
        assertThat(histogram.distribution()).isNull();
    }

    @Test
    void stored_buckets_are_read_back() {
        Histogram histogram = Histogram.of(new org.bson.Document("1000", 1L).append("3000", 2).append("2000", 0));
        assertThat(histogram.distribution()).isEqualTo(Distribution.of(List.of(10.0, 30.0, 30.0)));
    }

    @Test
    void a_score_lands_in_the_bucket_of_its_hundredths() {
        assertThat(Histogram.bucket(new BigDecimal("42.5"))).isEqualTo(4250);
        assertThat(Histogram.bucket(new BigDecimal("0.07"))).isEqualTo(7);
    }
}
