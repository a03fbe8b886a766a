package org.uplift.ui.component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

/**
 * How the UI writes money: stored in fen ({@code long}), shown in yuan with two decimals and the yuan sign
 * ("¥12,800.00"), grouping by the UI's locale. Entered in yuan: {@link #fen} converts exactly, never via double.
 */
public final class Formats {

    private Formats() {
    }

    public static String yuan(long fen, Locale locale) {
        var format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(locale == null ? Locale.CHINA : locale));
        return format.format(BigDecimal.valueOf(fen).movePointLeft(2));
    }

    /** Yuan as entered in fen; empty for null or for less than a fen (more than two decimals). */
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

    /** Fen as yuan, for a field that edits yuan. */
    public static BigDecimal yuanValue(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2);
    }
}
