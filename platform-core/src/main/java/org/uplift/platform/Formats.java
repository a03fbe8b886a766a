package org.uplift.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How the UI and the reports print dates, scores and money: one place, in the platform's zone
 * ({@code uplift.platform.zone}) and the reader's locale.
 */
@Component
public class Formats {

    /** Printed where there is no value. */
    public static final String NONE = "–";

    private final ZoneId zone;

    public Formats(PlatformProperties properties) {
        this.zone = properties.zone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** A day, as in lists: 2026年12月3日 / Dec 3, 2026. */
    public String date(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM), locale);
    }

    /** A day in full, as in letters and reports: 2026年12月3日 / December 3, 2026. */
    public String longDate(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG), locale);
    }

    /** A moment, to the minute. */
    public String dateTime(Instant instant, Locale locale) {
        return format(instant, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT), locale);
    }

    private String format(Instant instant, DateTimeFormatter formatter, Locale locale) {
        return instant == null ? NONE : formatter.withLocale(locale).format(instant.atZone(zone));
    }

    /** A score with its two decimals: 42.50. */
    public static String score(BigDecimal score) {
        return score == null ? NONE : score.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Points in prose and print, at most two decimals and no trailing zeros: 20, 42.5, 3.13. */
    public static String points(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** A change of score, signed: +3.25, -1.00, 0.00. */
    public static String scoreChange(BigDecimal change) {
        return change == null ? NONE : (change.signum() > 0 ? "+" : "") + score(change);
    }

    /** Yuan as entered, in fen; empty for null or for less than a fen (more than two decimals), never via double. */
    public static Optional<Long> fen(BigDecimal yuan) {
        if (yuan == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException notWholeFen) {
            return Optional.empty();
        }
    }

    /** Fen as an amount of yuan with two decimals, for a field that edits yuan. */
    public static BigDecimal yuanAmount(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    /** An amount of money given in fen, in yuan with grouping and two decimals: ¥12,800.00. */
    public static String yuan(long fen) {
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen).movePointLeft(2));
    }
}
