package org.uplift.ui.assessment;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.SectionPermission;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;
import org.uplift.ui.assessment.sharing.SharingPanel;
import org.uplift.ui.component.Localized;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.maturity.MaturityLevels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Answers one draft assessment, one section per page (a dimension's questions or a scenario area),
 * then a review page and the owner's submit. Every answer is stored the moment it is given, so closing
 * the browser loses nothing. A member edits the sections assigned to them and unassigned ones; the
 * others are read-only. Another tenant's assessment is "not found"; a submitted one shows its result.
 */
@Route("assessments/:assessmentId")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class AssessmentWizardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ASSESSMENT_ID = "assessmentId";

    private final transient Assessments assessments;
    private final transient Team team;
    private final transient MaturityLevels levels;
    private final transient EvidenceFiles evidence;
    private final UpliftPrincipal user;
    private final transient Actors actors;
    private transient Actor viewer;

    private transient Assessment assessment;
    private transient Framework framework;
    private transient List<Section> sections = List.of();
    private transient Colleagues colleagues;
    private transient Autosave autosave;
    private int step;

    private StepList steps;
    private final Span status = new Span();
    private final ProgressBar overall = new ProgressBar();
    private final Span overallText = new Span();
    private final Div page = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();

    public AssessmentWizardView(Assessments assessments, Team team, MaturityLevels levels, EvidenceFiles evidence,
            CurrentUser currentUser, Actors actors) {
        this.assessments = assessments;
        this.team = team;
        this.levels = levels;
        this.evidence = evidence;
        this.user = currentUser.require();
        this.actors = actors;
        this.viewer = actors.current();
        addClassName("uplift-page");
        status.setId("autosave-status");
        status.addClassName("uplift-muted");
        overall.setId("overall-progress");
        overall.setWidth("16em");
        overallText.setId("overall-progress-text");
        page.setWidthFull();
        previous.setText(getTranslation("wizard.previous"));
        previous.setId("previous-step");
        previous.addClickListener(e -> show(step - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("next-step");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> show(step + 1));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Assessment> found = event.getRouteParameters().get(ASSESSMENT_ID).flatMap(assessments::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!found.get().isDraft()) {
            event.forwardTo(AssessmentRoutes.result(found.get().getId()));
            return;
        }
        assessment = found.get();
        viewer = actors.current(); // the live roles, re-read on every visit
        framework = assessments.framework(assessment);
        sections = Section.of(framework);
        colleagues = new Colleagues(team.members());
        autosave = new DraftAutosave(assessments, assessment.getId(), this::saved,
                () -> status.setText(getTranslation("wizard.autosave.refused")));
        build();
        show(0, false);
    }

    private void build() {
        removeAll();
        var title = new H2(Localized.text(getLocale(), framework.nameZh(), framework.nameEn()));
        title.setId("assessment-title");
        status.setText(getTranslation("wizard.autosave.ready"));
        var header = new HorizontalLayout(overall, overallText, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        steps = new StepList(sections, this::show);
        var main = new VerticalLayout(page, new HorizontalLayout(previous, next));
        main.setPadding(false);
        var body = new HorizontalLayout(steps, main);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        add(title, header, body);
    }

    private void show(int index) {
        show(index, true);
    }

    /** Opens a step with the assessment as stored now, so colleagues' answers show too. */
    private void show(int index, boolean scrollToTop) {
        Optional<Assessment> reloaded = assessments.find(assessment.getId());
        if (reloaded.isPresent() && !reloaded.get().isDraft()) {
            getUI().ifPresent(ui -> ui.navigate(AssessmentRoutes.result(assessment.getId())));
            return;
        }
        reloaded.ifPresent(a -> assessment = a);
        step = Math.max(0, Math.min(index, sections.size()));
        page.removeAll();
        page.add(step < sections.size()
                ? new SectionPage(sections.get(step), assessment, viewer, colleagues, autosave, this::assign,
                        this::evidenceFiles)
                : review());
        steps.select(step);
        previous.setEnabled(step > 0);
        next.setVisible(step < sections.size());
        refreshProgress();
        if (scrollToTop) {
            scrollIntoView();
        }
    }

    /** A question's evidence files (一企一档). */
    Component evidenceFiles(String questionKey, boolean editable) {
        return new EvidenceFilesPanel(evidence, assessment.getId(), questionKey, editable, user);
    }

    private void assign(String sectionKey, String userId) {
        try {
            saved(assessments.assignSection(assessment.getId(), sectionKey, userId));
        } catch (InputRejectedException rejected) {
            status.setText(getTranslation("wizard.autosave.refused"));
            throw rejected;
        }
    }

    private Component review() {
        Answers answers = assessment.toAnswers();
        Score score = Scoring.score(framework, answers);
        Optional<Integer> level = levels.level(framework.id(), framework.version(), score);
        return new ReviewStep(framework, sections, answers, score, level, this::show, submitArea());
    }

    private Component submitArea() {
        if (!SectionPermission.maySubmit(viewer)) {
            var ownerSubmits = new Paragraph(getTranslation("wizard.submit.ownerOnly"));
            ownerSubmits.setId("submit-owner-only");
            return ownerSubmits;
        }
        var submit = new Button(getTranslation("wizard.submit"), e -> submit());
        submit.setId("submit-assessment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        var sharing = new SharingPanel(assessment.getId());
        sharing.setWidthFull();
        var area = new VerticalLayout(sharing, submit);
        area.setPadding(false);
        return area;
    }

    private void submit() {
        String id = assessment.getId();
        try {
            assessments.submit(id);
            Notices.success(getTranslation("wizard.submitted"));
            getUI().ifPresent(ui -> ui.navigate(AssessmentRoutes.result(id)));
        } catch (InputRejectedException rejected) {
            Notices.error(Refusals.text(rejected, this));
            show(step);
        } catch (OptimisticLockingFailureException concurrentAnswer) {
            // a colleague's autosave came in between reading and submitting: show it, let the owner submit again
            Notices.error(getTranslation("wizard.submit.retry"));
            show(step);
        }
    }

    private void saved(Assessment stored) {
        assessment = stored;
        status.setText(getTranslation("wizard.autosave.saved"));
        status.getElement().setAttribute("data-version", String.valueOf(stored.getVersion()));
        refreshProgress();
    }

    private void refreshProgress() {
        steps.refresh(assessment, colleagues);
        Answers answers = assessment.toAnswers();
        int answered = sections.stream().mapToInt(s -> s.answered(answers)).sum();
        int total = sections.stream().mapToInt(Section::total).sum();
        overall.setValue(total == 0 ? 0 : (double) answered / total);
        overallText.setText(getTranslation("wizard.progress", answered, total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.title");
    }
}
