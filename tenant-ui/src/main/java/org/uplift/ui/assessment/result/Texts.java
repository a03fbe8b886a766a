package org.uplift.ui.assessment.result;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.ScoringMethod;
import org.uplift.platform.Formats;
import org.uplift.ui.component.Localized;

/** Framework texts in the UI language (frameworks carry zh and en), and scores as the page shows them. */
final class Texts {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Texts() {
    }

    static String of(Locale locale, String zh, String en) {
        return Localized.text(locale, zh, en);
    }

    /** The i18n key of a level's name; 0 is "no level". */
    static String levelKey(int level) {
        return "result.level." + level;
    }

    static String score(BigDecimal score) {
        return Formats.score(score);
    }

    static String delta(BigDecimal change) {
        return Formats.scoreChange(change);
    }

    /** What a dimension's score is out of: its points, or 100 where dimensions are scored as a share. */
    static BigDecimal max(Framework framework, Dimension dimension) {
        return framework.scoring() == ScoringMethod.MEAN_OF_DIMENSIONS ? HUNDRED : dimension.maxPoints();
    }

    /** A dimension score as a percentage of its maximum, for the radar's common 0–100 scale. */
    static double percent(Framework framework, Dimension dimension, BigDecimal score) {
        BigDecimal max = max(framework, dimension);
        if (score == null || max.signum() == 0) {
            return 0;
        }
        return score.multiply(HUNDRED).divide(max, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
