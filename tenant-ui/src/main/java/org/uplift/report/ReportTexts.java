package org.uplift.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

/** The report's words in one language: translations from the app's bundles, framework texts, numbers, dates. */
final class ReportTexts {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final I18NProvider i18n;
    private final Locale locale;
    private final boolean chinese;

    ReportTexts(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.chinese = "zh".equals(locale.getLanguage());
    }

    Locale locale() {
        return locale;
    }

    String t(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    /** A framework text in the report's language; the Chinese original where there is no English gloss. */
    String pick(String zh, String en) {
        return chinese || en == null || en.isBlank() ? zh : en;
    }

    /** The level's name (一级…四级, or none reached). */
    String level(int level) {
        return t("report.level." + level);
    }

    /** Scores as the result page shows them: at most 2 decimals, no trailing zeros. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    String date(Instant instant) {
        return instant == null ? "–"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(ZONE));
    }
}
