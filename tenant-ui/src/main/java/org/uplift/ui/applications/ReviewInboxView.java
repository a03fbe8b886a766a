package org.uplift.ui.applications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.uplift.platform.Formats;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.UiFormats;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.ApplicationTask;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewSla;
import org.uplift.workflows.subsidy.SlaStanding;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The review inbox: the open stage tasks offered to the user's groups in its own authority (as
 * {@link ApplicationWork#reviews()} finds them), by stage, each with the applicant, the programme, its age, its due
 * date with an SLA badge (on time, due soon, overdue) and who claimed it; filters by programme, stage and age.
 */
@Route("applications/reviews")
@RolesAllowed({"DISTRICT_OFFICER", "REVIEWER", "SENIOR_REVIEWER", "PROGRAMME_MANAGER", "EVALUATOR"})
public class ReviewInboxView extends VerticalLayout implements HasDynamicTitle {

    static final String ALL = "";
    private static final List<String> STAGES = List.of("DISTRICT", "EXPERT", "SENIOR", "EXTENSION", "EVALUATION");
    private static final List<Integer> AGES = List.of(0, 3, 7, 14);

    private final transient ApplicationWork work;
    private final transient SubsidyApplications applications;
    private final transient ReviewSla sla;
    private final transient Clock clock;
    final Select<String> programme = new Select<>();
    final Select<String> stage = new Select<>();
    final Select<Integer> age = new Select<>();
    final Div list = new Div();
    private Map<String, String> programmeNames = new LinkedHashMap<>();

    public ReviewInboxView(ApplicationWork work, SubsidyApplications applications, ReviewSla sla, Clock clock) {
        this.work = work;
        this.applications = applications;
        this.sla = sla;
        this.clock = clock;
        addClassName("uplift-page");
        list.setId("application-reviews");
        programme.setLabel(getTranslation("applications.reviews.filter.programme"));
        programme.setId("reviews-filter-programme");
        programme.setItemLabelGenerator(id -> ALL.equals(id) ? getTranslation("applications.reviews.filter.all")
                : programmeNames.getOrDefault(id, id));
        stage.setLabel(getTranslation("applications.reviews.filter.stage"));
        stage.setId("reviews-filter-stage");
        stage.setItems(concat(ALL, STAGES));
        stage.setItemLabelGenerator(s -> ALL.equals(s) ? getTranslation("applications.reviews.filter.all")
                : getTranslation("applications.stage." + s));
        stage.setValue(ALL);
        age.setLabel(getTranslation("applications.reviews.filter.age"));
        age.setId("reviews-filter-age");
        age.setItems(AGES);
        age.setItemLabelGenerator(days -> days == 0 ? getTranslation("applications.reviews.filter.all")
                : getTranslation("applications.reviews.filter.minAge", days));
        age.setValue(0);
        programme.addValueChangeListener(e -> { if (e.isFromClient()) refresh(); });
        stage.addValueChangeListener(e -> { if (e.isFromClient()) refresh(); });
        age.addValueChangeListener(e -> { if (e.isFromClient()) refresh(); });
        add(new H2(getTranslation("applications.reviews.title")), new HorizontalLayout(programme, stage, age), list);
        refresh();
    }

    /** An open task with the application it is about (the case, read once per refresh). */
    private record Row(ApplicationTask task, Optional<SubsidyApplication> application) {
        String programmeId() {
            return application.map(SubsidyApplication::getProgrammeId).orElse(ALL);
        }
    }

    void refresh() {
        list.removeAll();
        Instant now = clock.instant();
        List<Row> rows = work.reviews().stream().map(t -> new Row(t, applications.find(t.applicationId()))).toList();
        programmeNames = new LinkedHashMap<>();
        rows.forEach(r -> r.application().ifPresent(a -> programmeNames.put(a.getProgrammeId(), a.getProgrammeName())));
        String chosenProgramme = Objects.requireNonNullElse(programme.getValue(), ALL);
        programme.setItems(concat(ALL, List.copyOf(programmeNames.keySet())));
        programme.setValue(programmeNames.containsKey(chosenProgramme) ? chosenProgramme : ALL);
        if (rows.isEmpty()) {
            list.add(new Paragraph(getTranslation("applications.reviews.none")));
            return;
        }
        int minDays = Objects.requireNonNullElse(age.getValue(), 0);
        List<Row> shown = rows.stream()
                .filter(r -> ALL.equals(programme.getValue()) || r.programmeId().equals(programme.getValue()))
                .filter(r -> ALL.equals(stage.getValue()) || r.task().stage().equals(stage.getValue()))
                .filter(r -> days(r.task(), now) >= minDays).toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("applications.reviews.filter.none")));
        }
        for (String s : STAGES) {
            var here = shown.stream().filter(r -> r.task().stage().equals(s)).toList();
            if (!here.isEmpty()) {
                list.add(new H3(getTranslation("applications.stage." + s) + " (" + here.size() + ")"));
                here.forEach(r -> list.add(row(r, now)));
            }
        }
    }

    private HorizontalLayout row(Row r, Instant now) {
        ApplicationTask task = r.task();
        var open = new Anchor("applications/" + task.applicationId(),
                r.application().map(SubsidyApplication::getSmeName).orElse(Formats.NONE));
        var programmeName = new Span(r.application().map(SubsidyApplication::getProgrammeName).orElse(""));
        var waiting = new Span(getTranslation("applications.reviews.age", days(task, now)));
        waiting.addClassName("application-review-age");
        var due = new Span(getTranslation("applications.reviews.due", task.due() == null ? Formats.NONE
                : UiFormats.formats().dateTime(task.due(), getLocale())));
        due.addClassName("application-review-due");
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
        SlaStanding standing = task.standing(now, sla.dueSoon());
        var row = new HorizontalLayout(open, programmeName, waiting, due, badge(standing), claimedBy, claim);
        row.addClassName("application-review-item");
        row.getElement().setAttribute("data-application-id", task.applicationId());
        row.getElement().setAttribute("data-stage", task.stage());
        row.getElement().setAttribute("data-sla", standing.name());
        return row;
    }

    private Span badge(SlaStanding standing) {
        var badge = new Span(getTranslation("applications.reviews.sla." + standing));
        badge.getElement().getThemeList().addAll(switch (standing) {
            case ON_TIME -> List.of("badge", "success");
            case DUE_SOON -> List.of("badge");
            case OVERDUE -> List.of("badge", "error", "primary");
        });
        badge.addClassName("application-review-sla");
        return badge;
    }

    private static long days(ApplicationTask task, Instant now) {
        return Duration.between(task.created(), now).toDays();
    }

    private static <T> List<T> concat(T first, List<T> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.reviews.title");
    }
}
