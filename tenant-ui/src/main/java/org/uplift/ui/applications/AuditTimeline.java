package org.uplift.ui.applications;

import java.util.Arrays;
import java.util.List;

import org.uplift.platform.Formats;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.application.TimelineEntry;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * An application's timeline from its audit chain, oldest first: when (platform time), who (display name and
 * party), what, status before → after, and why. Empty for anyone who is no party of the application.
 */
class AuditTimeline extends VerticalLayout {

    AuditTimeline(SubsidyApplications applications, String applicationId) {
        setPadding(false);
        setId("application-timeline");
        List<TimelineEntry> entries = applications.timeline(applicationId).orElse(List.of());
        var grid = new Grid<TimelineEntry>();
        grid.addColumn(e -> UiFormats.formats().dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("applications.when")).setAutoWidth(true);
        grid.addColumn(this::who).setHeader(getTranslation("applications.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("applications.action." + e.action()))
                .setHeader(getTranslation("applications.what")).setAutoWidth(true);
        grid.addColumn(this::change).setHeader(getTranslation("applications.change")).setAutoWidth(true);
        grid.addColumn(this::reason).setHeader(getTranslation("applications.note"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        grid.setId("application-history");
        add(new H3(getTranslation("applications.history")), grid);
    }

    String who(TimelineEntry e) {
        String party = getTranslation("applications.party." + e.party());
        String name = switch (e.actorKind()) {
            case PERSON -> e.actorName() == null ? getTranslation("applications.actor.PERSON") : e.actorName();
            case API_CLIENT, SYSTEM -> getTranslation("applications.actor." + e.actorKind());
        };
        return getTranslation("applications.whoValue", name, party);
    }

    String change(TimelineEntry e) {
        String after = status(e.after());
        return e.before() == null ? after : getTranslation("applications.changeValue", status(e.before()), after);
    }

    /** Rule codes and amounts in the reader's language; a person's note as written. */
    String reason(TimelineEntry e) {
        if (e.reason() == null) {
            return "";
        }
        return switch (e.action()) {
            case "INELIGIBLE", "SENIOR_REVIEW_REQUIRED" -> String.join(getTranslation("applications.listSeparator"),
                    Arrays.stream(e.reason().split(",")).map(code -> getTranslation("subsidy.reason." + code)).toList());
            case "BUDGET_EXHAUSTED" -> getTranslation("applications.availableValue",
                    Formats.yuan(Long.parseLong(e.reason())));
            case "REJECTED_RETROSPECTIVE" -> getTranslation("subsidy.application.retrospective");
            default -> e.reason();
        };
    }

    private String status(String status) {
        return status == null ? Formats.NONE : getTranslation("applications.status." + status);
    }
}
