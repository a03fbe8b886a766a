package org.uplift.ui.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.security.CurrentUser;
import org.uplift.ui.component.Localized;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The SME's assessments, newest first: open a draft, see a submitted one's result, start a new MIIT
 * assessment (or continue the open draft: there is one at a time), or re-assess after a project (T1
 * linked to the latest submitted T0).
 */
@Route(AssessmentRoutes.HISTORY)
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class AssessmentsView extends VerticalLayout implements HasDynamicTitle {


    private final transient Assessments assessments;

    public AssessmentsView(Assessments assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        currentUser.require();
        addClassName("uplift-page");
        List<Assessment> history = assessments.history();
        Optional<Assessment> draft = history.stream().filter(Assessment::isDraft).findFirst();
        Optional<Assessment> latestSubmitted = history.stream().filter(a -> !a.isDraft()).findFirst();

        var start = new Button(getTranslation(draft.isPresent() ? "assessments.continue" : "assessments.start"),
                e -> start());
        start.setId("start-assessment");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new HorizontalLayout(start);
        latestSubmitted.ifPresent(previous -> {
            var reassess = new Button(getTranslation("assessments.reassess"), e -> reassess(previous));
            reassess.setId("reassess");
            actions.add(reassess);
        });
        add(new H2(getTranslation("assessments.title")), new Paragraph(getTranslation("assessments.intro")), actions);
        if (history.isEmpty()) {
            var none = new Paragraph(getTranslation("assessments.none"));
            none.setId("no-assessments");
            add(none);
        } else {
            add(grid(history));
        }
    }

    private Grid<Assessment> grid(List<Assessment> history) {
        var grid = new Grid<Assessment>();
        grid.setId("assessment-history");
        grid.addColumn(a -> date(a.getStartedAt())).setHeader(getTranslation("assessments.startedAt")).setAutoWidth(true);
        grid.addColumn(this::frameworkName).setHeader(getTranslation("assessments.framework")).setFlexGrow(2);
        grid.addColumn(a -> getTranslation("wizard.status." + a.getStatus().name()))
                .setHeader(getTranslation("assessments.status")).setAutoWidth(true);
        grid.addColumn(a -> date(a.getSubmittedAt())).setHeader(getTranslation("assessments.submittedAt"))
                .setAutoWidth(true);
        grid.addColumn(a -> Optional.ofNullable(a.getTotalScore()).map(BigDecimal::toPlainString).orElse("—"))
                .setHeader(getTranslation("assessments.total")).setAutoWidth(true);
        grid.addColumn(a -> a.isDraft() ? "—" : Levels.name(this, a.getLevel()))
                .setHeader(getTranslation("assessments.level")).setAutoWidth(true);
        grid.addComponentColumn(this::openButton).setAutoWidth(true);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button openButton(Assessment assessment) {
        boolean draft = assessment.isDraft();
        var open = new Button(getTranslation(draft ? "assessments.open" : "assessments.result"),
                e -> navigate(draft ? AssessmentRoutes.wizard(assessment.getId())
                        : AssessmentRoutes.result(assessment.getId())));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setId("open-" + assessment.getId());
        return open;
    }

    /** One draft at a time: an open one is continued rather than refused. */
    private void start() {
        Optional<Assessment> draft = assessments.history().stream().filter(Assessment::isDraft).findFirst();
        if (draft.isPresent()) {
            navigate(AssessmentRoutes.wizard(draft.get().getId()));
            return;
        }
        open(assessments::start);
    }

    private void reassess(Assessment previous) {
        open(() -> assessments.reassess(previous.getId()));
    }

    private void open(Supplier<Assessment> newDraft) {
        try {
            navigate(AssessmentRoutes.wizard(newDraft.get().getId()));
        } catch (InputRejectedException rejected) {
            Notices.error(Refusals.text(rejected, this));
        }
    }

    private String frameworkName(Assessment assessment) {
        Framework framework = assessments.framework(assessment);
        return Localized.text(getLocale(), framework.nameZh(), framework.nameEn());
    }

    private String date(Instant instant) {
        return UiFormats.formats().date(instant, getLocale());
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessments.title");
    }
}
