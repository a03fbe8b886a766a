package org.uplift.ui.packages;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.uplift.marketplace.solution.PackageRules;
import org.uplift.validation.Violations;

/**
 * Amounts as the provider types them: yuan with at most two decimals ("58000", "1,280.50"), stored in fen.
 * Anything else is refused on its field here, before the domain's own range rules; negative amounts parse,
 * so the domain's rule (above 0) names them.
 */
final class Yuan {

    static final String NOT_A_NUMBER = "packages.amount.notANumber";
    static final String TOO_MANY_DECIMALS = "packages.amount.tooManyDecimals";

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}(\\.\\d+)?");

    private Yuan() {
    }

    /** The amount in fen; 0 with a violation on {@code field} when the text is no amount of yuan. */
    static long toFen(String text, String field, Violations violations) {
        String plain = text == null ? "" : text.strip().replace(",", "").replace("，", "").replace("¥", "")
                .replace("￥", "");
        if (plain.isEmpty()) {
            violations.add(field, PackageRules.REQUIRED);
            return 0;
        }
        if (!NUMBER.matcher(plain).matches()) {
            violations.add(field, NOT_A_NUMBER);
            return 0;
        }
        BigDecimal yuan = new BigDecimal(plain);
        if (yuan.stripTrailingZeros().scale() > 2) {
            violations.add(field, TOO_MANY_DECIMALS);
            return 0;
        }
        return yuan.movePointRight(2).longValueExact();
    }

    /** Fen as the editor shows it: yuan with two decimals, no grouping ("58000.00"). */
    static String format(long fen) {
        return PackageRules.yuan(fen).toPlainString();
    }
}
