package org.uplift.ui.engagements;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Fen as people read yuan: ¥12,345.67. */
public final class Money {

    private Money() {
    }

    public static String yuan(long fen) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "¥" + format.format(BigDecimal.valueOf(fen, 2));
    }
}
