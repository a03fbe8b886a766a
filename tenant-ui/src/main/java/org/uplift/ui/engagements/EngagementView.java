package org.uplift.ui.engagements;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestone;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.platform.Formats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One engagement, read-only: the parties, the package version, the agreed price and the milestones. */
@Route("engagements/:engagementId")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER", "PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class EngagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "engagementId";

    private final transient Engagements engagements;
    final Span price = new Span();
    final Grid<EngagementMilestone> milestones = new Grid<>();

    public EngagementView(Engagements engagements) {
        this.engagements = engagements;
        addClassName("uplift-page");
    }

    /** What the quote was for: the package and its version, or the SME's words. */
    public static String needOf(Component texts, QuoteNeed need) {
        if (need == null) {
            return "";
        }
        return need.isPackage() ? texts.getTranslation("engagement.packageVersion", need.packageName(),
                need.packageVersion()) : need.description();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = engagements.find(event.getRouteParameters().get(PARAMETER).orElse(null));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(Engagement e) {
        removeAll();
        price.setText(Formats.yuan(e.getPriceFen()));
        price.setId("engagement-price");
        var lines = new Grid<CostLine>();
        lines.addColumn(l -> getTranslation("quote.cost." + l.category())).setHeader(getTranslation("engagement.costCategory"));
        lines.addColumn(CostLine::description).setHeader(getTranslation("engagement.costDescription"));
        lines.addColumn(l -> Formats.yuan(l.amountFen())).setHeader(getTranslation("engagement.costAmount"));
        lines.setItems(e.getCostLines());
        lines.setAllRowsVisible(true);
        milestones.removeAllColumns();
        milestones.addColumn(EngagementMilestone::title).setHeader(getTranslation("engagement.milestone"));
        milestones.addColumn(EngagementMilestone::deliverable).setHeader(getTranslation("engagement.deliverable"));
        milestones.addColumn(m -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(m.due())).setHeader(getTranslation("engagement.due"));
        milestones.setItems(e.getMilestones());
        milestones.setAllRowsVisible(true);
        milestones.setId("engagement-milestones");
        String timeline = e.getTimelineWeeks() != null ? getTranslation("engagement.weeks", e.getTimelineWeeks())
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(e.getDeliverBy());
        add(new H2(getTranslation("engagement.title")),
                new Paragraph(getTranslation("engagement.parties", e.getSmeName(), e.getProviderName())),
                new Paragraph(getTranslation("engagement.need") + getTranslation("engagement.colon") + needOf(this, e.getNeed())),
                new Paragraph(getTranslation("engagement.statusHeader") + getTranslation("engagement.colon")
                        + getTranslation("engagement.status." + e.getStatus())),
                new Paragraph(new Span(getTranslation("engagement.price") + getTranslation("engagement.colon")), price),
                new Paragraph(getTranslation("engagement.timeline") + getTranslation("engagement.colon") + timeline),
                new Paragraph(getTranslation("engagement.scope") + getTranslation("engagement.colon") + e.getScope()),
                lines, new H3(getTranslation("engagement.milestones")), milestones);
        if (e.getSmeTenantId().equals(org.uplift.tenancy.TenantContext.current().orElse(null))) {
            var apply = new com.vaadin.flow.component.html.Anchor("applications/apply/" + e.getEngagementId(),
                    getTranslation("applications.applyFromEngagement"));
            apply.setId("engagement-apply-subsidy");
            add(apply);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.title");
    }
}
