package org.uplift.ui.admission;

import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.admission.AdmissionTask;
import org.uplift.workflows.admission.AdmissionWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The authority's expert reviews offered to the user's groups (its own authority only), to claim and open. */
@Route("admission/reviews")
@RolesAllowed({"REVIEWER", "SENIOR_REVIEWER", "PROGRAMME_MANAGER"})
public class ReviewListView extends VerticalLayout implements HasDynamicTitle {

    private final transient AdmissionWork work;
    private final transient PoolApplications applications;
    private final Div list = new Div();

    public ReviewListView(AdmissionWork work, PoolApplications applications) {
        this.work = work;
        this.applications = applications;
        addClassName("uplift-page");
        list.setId("review-list");
        add(new H2(getTranslation("admission.reviews.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var reviews = work.reviews();
        if (reviews.isEmpty()) {
            list.add(new Paragraph(getTranslation("admission.reviews.none")));
        }
        reviews.forEach(task -> list.add(row(task)));
    }

    private HorizontalLayout row(AdmissionTask task) {
        String provider = applications.find(task.applicationId()).map(a -> a.getProviderName()).orElse("-");
        var open = new Anchor("admission/reviews/" + task.applicationId(), provider);
        var since = new Span(getTranslation("admission.reviews.since", ApplicationDetails.MOMENT.format(task.created())));
        var claimedBy = new Span(task.assignee() == null ? getTranslation("admission.reviews.unclaimed")
                : getTranslation("admission.reviews.claimedBy", task.assignee()));
        var claim = new Button(getTranslation(task.assignee() == null ? "admission.reviews.claim" : "admission.reviews.unclaim"));
        claim.setId("review-claim-" + task.applicationId());
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        claim.addClickListener(e -> {
            try {
                if (task.assignee() == null) {
                    work.claim(task.taskId());
                } else {
                    work.unclaim(task.taskId());
                }
            } catch (InputRejectedException rejected) {
                new FieldErrors().show(rejected, this);
            }
            refresh();
        });
        var row = new HorizontalLayout(open, since, claimedBy, claim);
        row.addClassName("review-item");
        row.getElement().setAttribute("data-application-id", task.applicationId());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.reviews.title");
    }
}
