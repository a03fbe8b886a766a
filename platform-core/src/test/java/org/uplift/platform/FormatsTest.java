package org.uplift.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FormatsTest {

    static final Instant EVENING_IN_UTC = Instant.parse("2026-12-02T17:30:00Z");

    @Test
    void dates_are_the_day_in_the_platforms_zone_not_in_utc() {
        var shanghai = new Formats(new PlatformProperties(ZoneId.of("Asia/Shanghai")));
        var utc = new Formats(new PlatformProperties(ZoneId.of("UTC")));

        assertThat(shanghai.date(EVENING_IN_UTC, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月3日");
        assertThat(utc.date(EVENING_IN_UTC, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026年12月2日");
        assertThat(shanghai.longDate(EVENING_IN_UTC, Locale.ENGLISH)).isEqualTo("December 3, 2026");
        assertThat(shanghai.dateTime(EVENING_IN_UTC, Locale.SIMPLIFIED_CHINESE)).startsWith("2026/12/3").contains("1:30");
        assertThat(shanghai.date(null, Locale.ENGLISH)).isEqualTo(Formats.NONE);
    }

    @Test
    void scores_print_with_two_decimals_and_changes_with_their_sign() {
        assertThat(Formats.score(new BigDecimal("42.5"))).isEqualTo("42.50");
        assertThat(Formats.score(new BigDecimal("3.125"))).isEqualTo("3.13");
        assertThat(Formats.scoreChange(new BigDecimal("30"))).isEqualTo("+30.00");
        assertThat(Formats.scoreChange(new BigDecimal("-1"))).isEqualTo("-1.00");
        assertThat(Formats.scoreChange(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(Formats.score(null)).isEqualTo(Formats.NONE);
        assertThat(Formats.points(new BigDecimal("20.00"))).isEqualTo("20");
        assertThat(Formats.points(new BigDecimal("42.50"))).isEqualTo("42.5");
        assertThat(Formats.points(new BigDecimal("3.125"))).isEqualTo("3.13");
    }

    @Test
    void money_in_fen_prints_as_yuan_with_grouping_and_two_decimals() {
        assertThat(Formats.yuan(1_280_000)).isEqualTo("¥12,800.00");
        assertThat(Formats.yuan(5)).isEqualTo("¥0.05");
        assertThat(Formats.yuan(100_000_000_000L)).isEqualTo("¥1,000,000,000.00");
    }
}
