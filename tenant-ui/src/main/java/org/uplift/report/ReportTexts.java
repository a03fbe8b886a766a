package org.uplift.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import org.uplift.platform.Formats;

import com.vaadin.flow.i18n.I18NProvider;

/** The report's words in one language: translations from the app's bundles, framework texts, numbers, dates. */
final class ReportTexts {

    private final I18NProvider i18n;
    private final Formats formats;
    private final Locale locale;
    private final boolean chinese;

    ReportTexts(I18NProvider i18n, Formats formats, Locale locale) {
        this.i18n = i18n;
        this.formats = formats;
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

    /** Scores and points as printed: at most 2 decimals, no trailing zeros. */
    static String number(BigDecimal value) {
        return Formats.points(value);
    }

    String date(Instant instant) {
        return formats.longDate(instant, locale);
    }
}
