package org.uplift.ui.applications;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.ApplicationTask;
import org.uplift.workflows.subsidy.ApplicationWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The review inbox: the open stage tasks offered to the user's groups in its own authority, by stage, each with
 * the applicant, its age in days and who claimed it.
 */
@Route("applications/reviews")
@RolesAllowed({"DISTRICT_OFFICER", "REVIEWER", "SENIOR_REVIEWER", "PROGRAMME_MANAGER", "EVALUATOR"})
public class ReviewInboxView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> STAGES = List.of("DISTRICT", "EXPERT", "SENIOR", "EXTENSION", "EVALUATION");

    private final transient ApplicationWork work;
    private final transient SubsidyApplications applications;
    private final transient Clock clock;
    final Div list = new Div();

    public ReviewInboxView(ApplicationWork work, SubsidyApplications applications, Clock clock) {
        this.work = work;
        this.applications = applications;
        this.clock = clock;
        addClassName("uplift-page");
        list.setId("application-reviews");
        add(new H2(getTranslation("applications.reviews.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var tasks = work.reviews();
        if (tasks.isEmpty()) {
            list.add(new Paragraph(getTranslation("applications.reviews.none")));
        }
        for (String stage : STAGES) {
            var here = tasks.stream().filter(t -> t.stage().equals(stage)).toList();
            if (!here.isEmpty()) {
                list.add(new H3(getTranslation("applications.stage." + stage) + " (" + here.size() + ")"));
                here.forEach(t -> list.add(row(t)));
            }
        }
    }

    private HorizontalLayout row(ApplicationTask task) {
        var application = applications.find(task.applicationId());
        String applicant = application.map(a -> a.getSmeName()).orElse("-");
        var open = new Anchor("applications/" + task.applicationId(), applicant);
        var programme = new Span(application.map(a -> a.getProgrammeName()).orElse(""));
        long days = Duration.between(task.created(), clock.instant()).toDays();
        var age = new Span(getTranslation("applications.reviews.age", days));
        var claimedBy = new Span(task.assignee() == null ? getTranslation("applications.reviews.unclaimed")
                : getTranslation("applications.reviews.claimedBy", task.assignee()));
        var claim = new Button(getTranslation(task.assignee() == null ? "applications.reviews.claim"
                : "applications.reviews.unclaim"));
        claim.setId("application-claim-" + task.applicationId());
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
        var row = new HorizontalLayout(open, programme, age, claimedBy, claim);
        row.addClassName("application-review-item");
        row.getElement().setAttribute("data-application-id", task.applicationId());
        row.getElement().setAttribute("data-stage", task.stage());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.reviews.title");
    }
}
