package org.uplift.ui.subsidy;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import org.uplift.organisation.DistrictCatalog;
import org.uplift.platform.Formats;
import org.uplift.subsidy.ledger.Budget;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.programme.ProgrammeStatus;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.SubsidyEstimates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * A programme's page: its terms and windows; for its own authority also the status, the budget from the
 * ledger (total, reserved, paid, remaining) and, for managers, edit/open/close; for everybody the estimate.
 */
@Route("programmes/:programmeId")
@PermitAll
public class ProgrammeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Programmes programmes;
    private final transient BudgetLedger ledger;
    private final transient SubsidyEstimates estimates;
    private final transient SubsidyProperties properties;
    private String title = "";

    public ProgrammeView(Programmes programmes, BudgetLedger ledger, SubsidyEstimates estimates,
            SubsidyProperties properties) {
        this.programmes = programmes;
        this.ledger = ledger;
        this.estimates = estimates;
        this.properties = properties;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("programmeId").orElse(null);
        var own = programmes.find(id);
        var published = own.isPresent() ? java.util.Optional.<org.uplift.subsidy.programme.PublishedProgramme>empty()
                : programmes.published(id);
        if (own.isEmpty() && published.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        ProgrammeTerms terms = own.map(p -> p.getTerms()).orElseGet(() -> published.get().getTerms());
        ProgrammeStatus status = own.map(p -> p.getStatus()).orElseGet(() -> published.get().getStatus());
        removeAll();
        title = terms.displayName(getLocale());
        var heading = new H2(title);
        heading.setId("programme-title");
        var badge = new Span(getTranslation("subsidy.status." + status.name()));
        badge.getElement().getThemeList().add("badge");
        badge.setId("programme-status");
        add(new HorizontalLayout(heading, badge), terms(terms));
        if (own.isPresent()) {
            ledger.figures(id).ifPresent(this::budget);
            movements(id);
            if (programmes.mayManage()) {
                add(actions(id, status));
            }
        }
        if (status == ProgrammeStatus.OPEN) {
            add(new EstimateCalculator(estimates, id));
        }
    }

    private FormLayout terms(ProgrammeTerms t) {
        var layout = new FormLayout();
        layout.setId("programme-terms");
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        layout.addFormItem(new Span(Formats.yuan(t.budgetFen())), getTranslation("subsidy.programme.budget"));
        layout.addFormItem(new Span(t.ratePercent().stripTrailingZeros().toPlainString() + "%"),
                getTranslation("subsidy.programme.rate"));
        layout.addFormItem(new Span(t.caps().stream().map(c -> getTranslation("subsidy.programme.capTier",
                c.fromLevel(), Formats.yuan(c.capFen()))).collect(Collectors.joining(getTranslation(
                        "subsidy.separator")))), getTranslation("subsidy.programme.caps"));
        layout.addFormItem(new Span(getTranslation("subsidy.level", t.minimumLevel())),
                getTranslation("subsidy.programme.minimumLevel"));
        layout.addFormItem(new Span(t.windows().stream().map(w -> getTranslation("subsidy.programme.windowRange",
                dates.format(w.from().atZone(properties.zone())), dates.format(w.to().minusSeconds(1)
                        .atZone(properties.zone())))).collect(Collectors.joining(getTranslation("subsidy.separator")))),
                getTranslation("subsidy.programme.windows"));
        layout.addFormItem(new Span(t.categories().stream().sorted().map(c -> getTranslation("marketplace.costCategory."
                + c.name())).collect(Collectors.joining(getTranslation("subsidy.separator")))),
                getTranslation("subsidy.programme.categories"));
        String industries = String.join(getTranslation("subsidy.separator"), t.industries().included());
        if (!t.industries().excluded().isEmpty()) {
            industries = getTranslation("subsidy.programme.industriesExcept", industries,
                    String.join(getTranslation("subsidy.separator"), t.industries().excluded()));
        }
        layout.addFormItem(new Span(industries), getTranslation("subsidy.programme.industries"));
        layout.addFormItem(new Span(t.districts().stream().sorted().map(d -> DistrictCatalog.displayName(d, getLocale()))
                .collect(Collectors.joining(getTranslation("subsidy.separator")))),
                getTranslation("subsidy.programme.districts"));
        layout.addFormItem(new Span(getTranslation("subsidy.programme.months", t.implementationMonths())),
                getTranslation("subsidy.programme.implementationMonths"));
        layout.addFormItem(new Span(Formats.yuan(t.secondReviewThresholdFen())),
                getTranslation("subsidy.programme.threshold"));
        return layout;
    }

    private void budget(Budget budget) {
        var layout = new FormLayout();
        layout.setId("programme-budget");
        layout.addFormItem(figure("budget-total", budget.getTotalFen()), getTranslation("subsidy.budget.total"));
        layout.addFormItem(figure("budget-reserved", budget.getReservedFen()), getTranslation("subsidy.budget.reserved"));
        layout.addFormItem(figure("budget-paid", budget.getPaidFen()), getTranslation("subsidy.budget.paid"));
        layout.addFormItem(figure("budget-available", budget.getAvailableFen()),
                getTranslation("subsidy.budget.available"));
        add(new H3(getTranslation("subsidy.budget.title")), layout);
    }

    /** Every movement of the budget, oldest first: reservations, releases, payments and clawbacks, with their state. */
    private void movements(String programmeId) {
        var grid = new com.vaadin.flow.component.grid.Grid<org.uplift.subsidy.ledger.BudgetMovement>();
        grid.setId("programme-movements");
        grid.addColumn(m -> org.uplift.ui.component.UiFormats.formats().dateTime(m.getAt(), getLocale()))
                .setHeader(getTranslation("subsidy.movement.at"));
        grid.addColumn(m -> getTranslation("subsidy.movement.kind." + m.getKind()))
                .setHeader(getTranslation("subsidy.movement.kind"));
        grid.addColumn(m -> (m.getKind() == org.uplift.subsidy.ledger.MovementKind.CLAWBACK ? "−" : "")
                + Formats.yuan(m.getAmountFen())).setHeader(getTranslation("subsidy.movement.amount"));
        grid.addColumn(m -> getTranslation("subsidy.movement.state." + m.getState()))
                .setHeader(getTranslation("subsidy.movement.state"));
        grid.addColumn(m -> m.getReference() == null ? "" : m.getReference())
                .setHeader(getTranslation("subsidy.movement.reference"));
        grid.setItems(ledger.movements(programmeId));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("subsidy.movement.title")), grid);
    }

    private Span figure(String id, long fen) {
        var span = new Span(Formats.yuan(fen));
        span.setId(id);
        return span;
    }

    private HorizontalLayout actions(String id, ProgrammeStatus status) {
        var edit = new Button(getTranslation("subsidy.programme.edit"),
                e -> getUI().ifPresent(ui -> ui.navigate("programme-form/" + id)));
        edit.setId("programme-edit");
        var toggle = new Button(getTranslation(status == ProgrammeStatus.OPEN ? "subsidy.programme.close"
                : "subsidy.programme.open"), e -> toggle(id, status));
        toggle.setId("programme-toggle");
        return new HorizontalLayout(edit, toggle);
    }

    private void toggle(String id, ProgrammeStatus status) {
        try {
            if (status == ProgrammeStatus.OPEN) {
                programmes.close(id);
            } else {
                programmes.open(id);
            }
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (InputRejectedException rejected) {
            Notices.error(rejected.violations().stream().map(v -> getTranslation(v.messageKey(),
                    v.arguments().toArray())).collect(Collectors.joining(" ")));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
