package org.uplift.ui.applications;

import java.util.Optional;

import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ExtensionRequest;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.ImplementationTerm;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.AcceptanceWork;
import org.uplift.workflows.subsidy.ApplicationTask;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The implementation section of an application page: the deadline and the extension, the owner's extension
 * request form while implementing and no extension was asked yet, and the reviewer's decision while that task is
 * theirs.
 */
class ImplementationPanel extends Div {

    final DatePicker until = new DatePicker();
    final TextArea reason = new TextArea();
    final Button requestExtension = new Button();
    final TextArea decisionReason = new TextArea();
    final Button approveExtension = new Button();
    final Button rejectExtension = new Button();

    private final transient AcceptanceWork work;
    private final transient Runnable changed;
    private final String applicationId;

    ImplementationPanel(SubsidyApplication a, AcceptanceWork work, ImplementationDeadlines deadlines,
            Runnable changed) {
        this.work = work;
        this.changed = changed;
        this.applicationId = a.getApplicationId();
        setId("application-implementation");
        ImplementationTerm term = a.getImplementation();
        if (term == null) {
            return;
        }
        var deadline = new Paragraph(getTranslation("applications.implementation.deadline") + "："
                + term.deadlineDate());
        deadline.setId("application-implementation-deadline");
        add(new H3(getTranslation("applications.implementation.title")), deadline);
        ExtensionRequest extension = a.getExtension();
        if (extension != null) {
            var shown = new Paragraph(getTranslation("applications.extension." + extension.outcome(),
                    extension.until().toString(), extension.reason(),
                    extension.decisionReason() == null ? Formats.NONE : extension.decisionReason()));
            shown.setId("application-extension");
            add(shown);
        }
        if (extension == null && work.implementing(applicationId)) {
            requestForm(a, deadlines);
        }
        work.extensionDecision(applicationId).ifPresent(this::decisionForm);
    }

    private void requestForm(SubsidyApplication a, ImplementationDeadlines deadlines) {
        until.setLabel(getTranslation("applications.extension.until"));
        until.setId("application-extension-until");
        until.setMin(a.getImplementation().deadlineDate().plusDays(1));
        until.setMax(deadlines.latestExtension(a));
        reason.setLabel(getTranslation("applications.extension.reason"));
        reason.setId("application-extension-reason");
        reason.setWidthFull();
        requestExtension.setText(getTranslation("applications.extension.request"));
        requestExtension.setId("application-extension-request");
        requestExtension.addClickListener(e -> act(() -> work.requestExtension(applicationId, until.getValue(),
                reason.getValue())));
        add(new Paragraph(getTranslation("applications.extension.intro", deadlines.properties().maxExtensionMonths())),
                until, reason, requestExtension);
    }

    private void decisionForm(ApplicationTask task) {
        decisionReason.setLabel(getTranslation("applications.extension.decisionReason"));
        decisionReason.setId("application-extension-decision-reason");
        decisionReason.setWidthFull();
        approveExtension.setText(getTranslation("applications.extension.approve"));
        approveExtension.setId("application-extension-approve");
        approveExtension.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveExtension.addClickListener(e -> act(() -> work.decideExtension(task.taskId(), true,
                decisionReason.getValue())));
        rejectExtension.setText(getTranslation("applications.extension.reject"));
        rejectExtension.setId("application-extension-reject");
        rejectExtension.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rejectExtension.addClickListener(e -> act(() -> work.decideExtension(task.taskId(), false,
                decisionReason.getValue())));
        add(new H3(getTranslation("applications.stage.EXTENSION")), decisionReason,
                new HorizontalLayout(approveExtension, rejectExtension));
    }

    private void act(Runnable action) {
        try {
            action.run();
            changed.run();
        } catch (InputRejectedException rejected) {
            new FieldErrors().bind("until", until).bind("reason", Optional.of(decisionReason)
                    .filter(d -> d.getParent().isPresent()).orElse(reason)).show(rejected, this);
        }
    }
}
