package org.uplift.ui.component;

import java.util.Locale;

/** Framework texts come in zh (always) and en (a gloss, sometimes missing): pick by the UI's language. */
public final class Localized {

    private Localized() {
    }

    public static String text(Locale locale, String zh, String en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() || zh == null ? en : zh;
    }
}
