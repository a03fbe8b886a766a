package org.uplift.ui.admission;

import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.admission.AdmissionTask;
import org.uplift.workflows.admission.AdmissionWork;
import org.uplift.workflows.admission.ReviewOutcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One application to the user's own authority, with the decision form while its expert review is open to the
 * user: approve, reject (reason required) or ask for more information (question and deadline required).
 */
@Route("admission/reviews/:applicationId")
@RolesAllowed({"REVIEWER", "SENIOR_REVIEWER", "PROGRAMME_MANAGER"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PoolApplications applications;
    private final transient AdmissionWork work;
    final RadioButtonGroup<ReviewOutcome> outcome = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final DatePicker deadline = new DatePicker();
    final Button decide = new Button();
    private final FieldErrors errors = new FieldErrors();
    private String applicationId;

    public ReviewView(PoolApplications applications, AdmissionWork work) {
        this.applications = applications;
        this.work = work;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        this.applicationId = event.getRouteParameters().get("applicationId").orElse(null);
        if (applications.find(applicationId).isEmpty()) {
            // another authority's application, or none: as if the page did not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        removeAll();
        add(new H2(getTranslation("admission.review.title")));
        var application = applications.find(applicationId);
        if (application.isEmpty()) {
            var unknown = new Paragraph(getTranslation("admission.review.unknown"));
            unknown.setId("review-unknown");
            add(unknown);
            return;
        }
        add(new ApplicationDetails(application.get(), applications));
        work.review(applicationId).ifPresent(this::decisionForm);
    }

    private void decisionForm(AdmissionTask task) {
        outcome.setId("review-outcome");
        outcome.setLabel(getTranslation("admission.review.outcome"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("admission.review.outcome." + o.name()));
        text.setId("review-text");
        text.setLabel(getTranslation("admission.review.text"));
        text.setWidthFull();
        deadline.setId("review-deadline");
        deadline.setLabel(getTranslation("admission.review.deadline"));
        deadline.setValue(applications.defaultDeadline());
        errors.bind("outcome", outcome).bind("reason", text).bind("comment", text).bind("question", text)
                .bind("deadline", deadline);
        decide.setId("review-decide");
        decide.setText(getTranslation("admission.review.decide"));
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decide.addClickListener(e -> decide(task));
        add(new H3(getTranslation("admission.review.decision")), outcome, text, deadline, decide);
    }

    void decide(AdmissionTask task) {
        try {
            work.decide(task.taskId(), outcome.getValue(), text.getValue(),
                    outcome.getValue() == ReviewOutcome.MORE_INFORMATION ? deadline.getValue() : null);
            Notices.success(getTranslation("admission.review.decided"));
            refresh();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admission.review.title");
    }
}
