package org.uplift.ui.engagements;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.EngagementPermission;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.platform.Formats;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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

/**
 * One engagement: the parties, the package version, the agreed price and the milestones with their deliveries.
 * The provider's people deliver milestones (note and evidence files); the SME's owner confirms or sends back
 * (with a reason), confirms the completion and rates the provider once. Who may is decided by the domain.
 */
@Route("engagements/:engagementId")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER", "PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class EngagementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "engagementId";

    private final transient Engagements engagements;
    private final transient EngagementMilestones steps;
    final Span price = new Span();
    final List<MilestonePanel> milestones = new ArrayList<>();
    final Select<Integer> stars = new Select<>();
    final TextArea comment = new TextArea();
    SendBackDialog sendBack;
    private String engagementId;

    public EngagementView(Engagements engagements, EngagementMilestones steps) {
        this.engagements = engagements;
        this.steps = steps;
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
        engagementId = found.get().getEngagementId();
        show(found.get());
    }

    /** Shows the engagement as it is now (after a step, re-read from the current party's copy). */
    void reload() {
        engagements.find(engagementId).ifPresent(this::show);
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
                lines, new H3(getTranslation("engagement.milestones")));
        EngagementPermission may = steps.permission(e);
        sendBack = new SendBackDialog(steps, e.getEngagementId(), index -> reload());
        milestones.clear();
        for (int i = 0; i < e.getMilestones().size(); i++) {
            var panel = new MilestonePanel(steps, e, i, may, steps.today(), this::reload, sendBack);
            milestones.add(panel);
            add(panel);
        }
        if (e.getSmeTenantId().equals(org.uplift.tenancy.TenantContext.current().orElse(null))) {
            var apply = new com.vaadin.flow.component.html.Anchor("applications/apply/" + e.getEngagementId(),
                    getTranslation("applications.applyFromEngagement"));
            apply.setId("engagement-apply-subsidy");
            add(apply);
        }
        if (may.complete()) {
            var complete = new Button(getTranslation("engagement.complete"), ev -> complete());
            complete.setId("complete-engagement");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            add(complete);
        }
        if (e.getRating() != null) {
            var rating = new Paragraph(getTranslation("engagement.rating.given", e.getRating().stars(),
                    e.getRating().comment() == null ? "" : e.getRating().comment()));
            rating.setId("engagement-rating");
            add(rating);
        } else if (may.rate()) {
            addRatingForm();
        }
    }

    private void addRatingForm() {
        stars.setId("rating-stars");
        stars.setLabel(getTranslation("engagement.rating.stars"));
        stars.setItems(5, 4, 3, 2, 1);
        stars.setItemLabelGenerator(n -> getTranslation("engagement.rating.starsLabel", n));
        comment.setId("rating-comment");
        comment.setLabel(getTranslation("engagement.rating.comment"));
        comment.setWidthFull();
        var rate = new Button(getTranslation("engagement.rating.submit"), ev -> rate());
        rate.setId("rate-engagement");
        rate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("engagement.rating.title")), stars, comment, rate);
    }

    void complete() {
        try {
            steps.complete(engagementId);
            Notices.success(getTranslation("engagement.completed"));
            reload();
        } catch (InputRejectedException rejected) {
            new FieldErrors().show(rejected, this);
        }
    }

    void rate() {
        FieldErrors errors = new FieldErrors().bind("stars", stars).bind("comment", comment);
        try {
            steps.rate(engagementId, stars.getValue(), comment.getValue());
            Notices.success(getTranslation("engagement.rating.thanks"));
            reload();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("engagement.title");
    }
}
