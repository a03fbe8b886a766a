package org.uplift.ui.quotes;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.ui.engagements.EngagementView;

import com.vaadin.flow.component.Component;

/** Shared wording of the quote views. */
final class QuoteTexts {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private QuoteTexts() {
    }

    static String need(Component texts, QuoteNeed need) {
        return EngagementView.needOf(texts, need);
    }

    static String date(Component texts, Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(texts.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.SIMPLIFIED_CHINESE))
                .format(instant.atZone(CHINA));
    }
}
