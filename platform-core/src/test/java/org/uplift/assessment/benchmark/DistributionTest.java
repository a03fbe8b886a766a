package org.uplift.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class DistributionTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void quartiles_of_an_odd_count_fall_on_values() {
        Distribution distribution = Distribution.of(List.of(50.0, 10.0, 30.0, 20.0, 40.0));
        assertThat(distribution).isEqualTo(new Distribution(5, d("30.00"), d("20.00"), d("30.00"), d("40.00")));
    }

    @Test
    void quartiles_between_values_interpolate_linearly() {
        // positions (n-1)p for n=4: 0.75, 1.5, 2.25
        Distribution distribution = Distribution.of(List.of(10.0, 20.0, 40.0, 80.0));
        assertThat(distribution.q1()).isEqualTo(d("17.50"));
        assertThat(distribution.median()).isEqualTo(d("30.00"));
        assertThat(distribution.q3()).isEqualTo(d("50.00"));
        assertThat(distribution.mean()).isEqualTo(d("37.50"));
    }

    @Test
    void a_single_value_is_every_quartile() {
        assertThat(Distribution.of(List.of(42.5)))
                .isEqualTo(new Distribution(1, d("42.50"), d("42.50"), d("42.50"), d("42.50")));
    }

    @Test
    void equal_values_give_equal_quartiles_and_order_does_not_matter() {
        assertThat(Distribution.of(List.of(7.0, 7.0, 7.0)).q3()).isEqualTo(d("7.00"));
        assertThat(Distribution.of(List.of(3.0, 1.0, 2.0))).isEqualTo(Distribution.of(List.of(1.0, 2.0, 3.0)));
    }

    @Test
    void results_are_rounded_to_two_decimals() {
        Distribution distribution = Distribution.of(List.of(1.0, 2.0, 2.0));
        assertThat(distribution.mean()).isEqualTo(d("1.67"));
        assertThat(distribution.q1()).isEqualTo(d("1.50"));
    }

    @Test
    void no_values_have_no_distribution() {
        assertThatThrownBy(() -> Distribution.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
