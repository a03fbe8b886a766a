package org.uplift.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IndustryScopeTest {

    final IndustryScope manufacturingButTobacco = new IndustryScope(List.of("C13–C43"), List.of("C16"));

    @Test
    void a_range_of_divisions_covers_its_divisions_and_their_classes() {
        assertThat(manufacturingButTobacco.covers("C13")).isTrue();
        assertThat(manufacturingButTobacco.covers("C34")).isTrue();
        assertThat(manufacturingButTobacco.covers("C3411")).isTrue();
        assertThat(manufacturingButTobacco.covers("C43")).isTrue();
    }

    @Test
    void exclusions_and_codes_outside_the_range_are_not_covered() {
        assertThat(manufacturingButTobacco.covers("C16")).isFalse();
        assertThat(manufacturingButTobacco.covers("C1610")).isFalse();
        assertThat(manufacturingButTobacco.covers("C12")).isFalse();
        assertThat(manufacturingButTobacco.covers("D44")).isFalse();
        assertThat(manufacturingButTobacco.covers("garbage")).isFalse();
        assertThat(manufacturingButTobacco.covers(null)).isFalse();
    }

    @Test
    void a_prefix_covers_what_starts_with_it() {
        assertThat(new IndustryScope(List.of("C3"), List.of()).covers("C34")).isTrue();
        assertThat(new IndustryScope(List.of("C3"), List.of()).covers("C43")).isFalse();
    }

    @Test
    void entries_are_codes_prefixes_or_ascending_ranges() {
        assertThat(IndustryScope.isValidEntry("C13-C43")).isTrue();
        assertThat(IndustryScope.isValidEntry("C")).isTrue();
        assertThat(IndustryScope.isValidEntry("C43-C13")).isFalse();
        assertThat(IndustryScope.isValidEntry("C13-D20")).isFalse();
        assertThat(IndustryScope.isValidEntry("13")).isFalse();
    }
}
