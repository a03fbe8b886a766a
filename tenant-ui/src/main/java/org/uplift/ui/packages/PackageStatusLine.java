package org.uplift.ui.packages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.uplift.marketplace.solution.PackageStatus;
import org.uplift.marketplace.solution.SolutionPackage;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A package's status badge, its published version, the open draft and the last change. */
class PackageStatusLine extends HorizontalLayout {

    static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    PackageStatusLine() {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    }

    void show(SolutionPackage pkg) {
        removeAll();
        if (pkg == null) {
            add(badge(PackageStatus.DRAFT));
            return;
        }
        add(badge(pkg.getStatus()));
        var published = new Span(pkg.getPublishedVersion() == 0 ? getTranslation("packages.neverPublished")
                : getTranslation("packages.publishedVersion", pkg.getPublishedVersion()));
        published.setId("published-version");
        add(published);
        if (pkg.hasDraft() && pkg.getPublishedVersion() > 0) {
            var draft = new Span(getTranslation("packages.draftVersion", pkg.getDraftVersion()));
            draft.getElement().getThemeList().add("badge");
            draft.setId("draft-version");
            add(draft);
        }
        add(new Span(getTranslation("packages.lastChange", CHANGED.format(pkg.getUpdatedAt()))));
    }

    /** DRAFT grey, PUBLISHED green, WITHDRAWN red. */
    Span badge(PackageStatus status) {
        var badge = new Span(getTranslation("marketplace.status." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge contrast";
            case PUBLISHED -> "badge success";
            case WITHDRAWN -> "badge error";
        });
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }
}
