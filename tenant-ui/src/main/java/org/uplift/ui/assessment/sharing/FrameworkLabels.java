package org.uplift.ui.assessment.sharing;

import java.util.Locale;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.ui.component.Localized;

/** A framework's own texts (Chinese first, English glosses) in the UI's language; unknown keys show as themselves. */
public final class FrameworkLabels {

    private FrameworkLabels() {
    }

    public static boolean chinese(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage());
    }

    public static String framework(Framework framework, Locale locale) {
        return pick(framework.nameZh(), framework.nameEn(), locale);
    }

    public static String dimension(Framework framework, String key, Locale locale) {
        return framework.dimensions().stream().filter(d -> d.key().equals(key)).findFirst()
                .map(d -> pick(d.nameZh(), d.nameEn(), locale)).orElse(key);
    }

    public static String dimension(Dimension dimension, Locale locale) {
        return pick(dimension.nameZh(), dimension.nameEn(), locale);
    }

    /** A dimension or a scenario area. */
    public static String section(Framework framework, String key, Locale locale) {
        return framework.scenarioAreas().stream().filter(a -> a.key().equals(key)).findFirst()
                .map(a -> pick(a.nameZh(), a.nameEn(), locale))
                .orElseGet(() -> dimension(framework, key, locale));
    }

    public static String scenario(Framework framework, String key, Locale locale) {
        return framework.scenario(key).map(s -> pick(s.nameZh(), s.nameEn(), locale)).orElse(key);
    }

    public static String question(Framework framework, String key, Locale locale) {
        return framework.question(key).map(q -> pick(q.titleZh(), q.titleEn(), locale)).orElse(key);
    }

    public static String option(Framework framework, String questionKey, String letter, Locale locale) {
        return framework.question(questionKey).flatMap(q -> q.option(letter))
                .map(o -> letter + " " + pick(o.zh(), o.en(), locale)).orElse(String.valueOf(letter));
    }

    static String pick(String zh, String en, Locale locale) {
        return Localized.text(locale, zh, en);
    }
}
