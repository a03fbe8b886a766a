package org.uplift.ui.applications;

import java.time.Clock;
import java.time.LocalDate;

import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ApplicationForm;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.PublishedProgramme;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.UiFormats;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Apply for a subsidy from an engagement: an open programme, the engagement's cost lines, the contract date and
 * any payment date, and the T0 level of the latest published assessment. Only the SME's owner applies.
 */
@Route("applications/apply/:engagementId")
@RolesAllowed("ENTERPRISE_OWNER")
public class ApplyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Engagements engagements;
    private final transient Programmes programmes;
    private final transient SubsidyApplications applications;
    private final transient Clock clock;
    private final transient SubsidyProperties properties;
    final Select<PublishedProgramme> programme = new Select<>();
    final DatePicker contractDate = new DatePicker();
    final DatePicker paidOn = new DatePicker();
    final Button submit = new Button();
    private Engagement engagement;

    public ApplyView(Engagements engagements, Programmes programmes, SubsidyApplications applications, Clock clock,
            SubsidyProperties properties) {
        this.engagements = engagements;
        this.programmes = programmes;
        this.applications = applications;
        this.clock = clock;
        this.properties = properties;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        engagement = engagements.find(event.getRouteParameters().get("engagementId").orElse(null)).orElse(null);
        if (engagement == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        programme.setLabel(getTranslation("applications.programme"));
        programme.setId("apply-programme");
        programme.setItems(programmes.openProgrammes());
        programme.setItemLabelGenerator(p -> p.getTerms().displayName(getLocale()));
        event.getLocation().getQueryParameters().getSingleParameter("programme").ifPresent(id -> programme
                .getListDataView().getItems().filter(p -> p.getId().equals(id)).findFirst().ifPresent(programme::setValue));
        contractDate.setLabel(getTranslation("applications.contractDate"));
        contractDate.setId("apply-contract-date");
        contractDate.setValue(LocalDate.now(clock.withZone(properties.zone())));
        paidOn.setLabel(getTranslation("applications.paidOnLabel"));
        paidOn.setId("apply-paid-on");
        var lines = new Grid<CostLine>();
        lines.addColumn(l -> getTranslation("quote.cost." + l.category())).setHeader(getTranslation("applications.costCategory"));
        lines.addColumn(CostLine::description).setHeader(getTranslation("applications.costDescription"));
        lines.addColumn(l -> Formats.yuan(l.amountFen())).setHeader(getTranslation("applications.costAmount"));
        lines.setItems(engagement.getCostLines());
        lines.setAllRowsVisible(true);
        String level = applications.baseline().map(a -> a.getLevel() == null ? Formats.NONE
                : getTranslation("applications.levelValue", a.getLevel())).orElse(getTranslation("applications.noT0"));
        var t0 = new Paragraph(getTranslation("applications.level") + "：" + level);
        t0.setId("apply-level");
        submit.setText(getTranslation("applications.submit"));
        submit.setId("apply-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        add(new H2(getTranslation("applications.apply.title")),
                new Paragraph(getTranslation("applications.apply.intro", engagement.getProviderName())), programme,
                lines, t0, contractDate, paidOn, new Paragraph(getTranslation("applications.apply.retrospective")),
                submit);
    }

    private void submit() {
        try {
            var applied = applications.apply(new ApplicationForm(engagement.getEngagementId(),
                    programme.getValue() == null ? null : programme.getValue().getId(), engagement.getCostLines(),
                    contractDate.getValue(), paidOn.getValue()));
            getUI().ifPresent(ui -> ui.navigate("applications/" + applied.getApplicationId()));
        } catch (InputRejectedException rejected) {
            new FieldErrors().bind("programmeId", programme).bind("contractDate", contractDate).show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.apply.title");
    }
}
