package org.uplift.ui.applications;

import org.uplift.platform.Formats;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The current tenant's applications: an SME's own with status and reasons, or the cases of an authority. */
@Route("applications")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER", "DISTRICT_OFFICER", "REVIEWER", "SENIOR_REVIEWER",
        "PROGRAMME_MANAGER"})
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SubsidyApplication> grid = new Grid<>();

    public ApplicationsView(SubsidyApplications applications) {
        addClassName("uplift-page");
        var list = applications.mine();
        grid.setId("applications");
        grid.addComponentColumn(a -> new Anchor("applications/" + a.getApplicationId(), a.getProgrammeName()))
                .setHeader(getTranslation("applications.programme"));
        grid.addColumn(SubsidyApplication::getSmeName).setHeader(getTranslation("applications.applicant"));
        grid.addComponentColumn(a -> ApplicationTexts.status(this, a)).setHeader(getTranslation("applications.statusHeader"));
        grid.addColumn(a -> a.getAmountFen() > 0 ? Formats.yuan(a.getAmountFen()) : Formats.NONE)
                .setHeader(getTranslation("applications.amount"));
        grid.addColumn(a -> ApplicationTexts.reasons(this, a)).setHeader(getTranslation("applications.reasons"));
        grid.addColumn(a -> UiFormats.formats().date(a.getSubmittedAt(), getLocale()))
                .setHeader(getTranslation("applications.submitted"));
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("applications.title")));
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("applications.none")));
        } else {
            add(grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title");
    }
}
