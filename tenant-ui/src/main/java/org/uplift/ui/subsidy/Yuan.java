package org.uplift.ui.subsidy;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Fen as the UI shows and reads them: yuan with at most two decimals, never floating point. */
final class Yuan {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Yuan() {
    }

    static String format(long fen, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(BigDecimal.valueOf(fen).divide(HUNDRED));
    }

    /** The fen of a yuan amount; empty when it has more than two decimals or does not fit. */
    static Optional<Long> toFen(BigDecimal yuan) {
        if (yuan == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(yuan.multiply(HUNDRED).longValueExact());
        } catch (ArithmeticException notWholeFen) {
            return Optional.empty();
        }
    }

    static BigDecimal ofFen(long fen) {
        return BigDecimal.valueOf(fen).divide(HUNDRED).stripTrailingZeros();
    }
}
