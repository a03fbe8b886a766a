package org.uplift.ui.applications;

import org.uplift.subsidy.application.SubsidyApplication;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Small shared pieces of the application pages: the status badge and the reasons in the user's language. */
final class ApplicationTexts {

    private ApplicationTexts() {
    }

    static Span status(Component texts, SubsidyApplication a) {
        var badge = new Span(texts.getTranslation("applications.status." + a.getStatus().name()));
        badge.getElement().getThemeList().add("badge");
        badge.addClassName("application-status");
        return badge;
    }

    /** Why it is closed or where it waits: eligibility reasons, the reviewer's reason, or nothing. */
    static String reasons(Component texts, SubsidyApplication a) {
        if (!a.getEligibilityReasons().isEmpty()) {
            return String.join("；", a.getEligibilityReasons().stream()
                    .map(r -> texts.getTranslation("subsidy.reason." + r)).toList());
        }
        if (a.getRejectionReason() != null) {
            return a.getRejectionReason().startsWith("subsidy.") ? texts.getTranslation(a.getRejectionReason())
                    : a.getRejectionReason();
        }
        return "";
    }
}
