package org.uplift.ui.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.identity.TeamMember;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.maturity.MaturityLevels;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
    private final UpliftPrincipal user;
    private final boolean owner;

    private transient Assessment assessment;
    private transient Framework framework;
    private transient List<Section> sections = List.of();
    private transient List<TeamMember> members = List.of();
    private transient Autosave autosave;
    private int step;

    private final Span status = new Span();
    private final ProgressBar overall = new ProgressBar();
    private final Span overallText = new Span();
    private final VerticalLayout stepList = new VerticalLayout();
    private final Div page = new Div();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Map<String, Button> stepButtons = new LinkedHashMap<>();
    private final Map<String, Span> sectionProgress = new LinkedHashMap<>();
    private final Map<String, Span> sectionAssignees = new LinkedHashMap<>();

    public AssessmentWizardView(Assessments assessments, Team team, MaturityLevels levels, CurrentUser currentUser) {
        this.assessments = assessments;
        this.team = team;
        this.levels = levels;
        this.user = currentUser.require();
        this.owner = user.has(Role.ENTERPRISE_OWNER);
        addClassName("uplift-page");
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
        framework = assessments.framework(assessment);
        sections = Section.of(framework);
        members = team.members();
        autosave = new DraftAutosave(assessments, assessment.getId(), user.userId(), owner, this::saved,
                () -> status(getTranslation("wizard.autosave.refused")));
        build();
        show(0, false);
    }

    private void build() {
        removeAll();
        stepButtons.clear();
        sectionProgress.clear();
        sectionAssignees.clear();
        var title = new H2(Localized.text(getLocale(), framework.nameZh(), framework.nameEn()));
        title.setId("assessment-title");
        status.setId("autosave-status");
        status.addClassName("uplift-muted");
        status(getTranslation("wizard.autosave.ready"));
        overall.setId("overall-progress");
        overall.setWidth("16em");
        overallText.setId("overall-progress-text");
        var header = new HorizontalLayout(overall, overallText, status);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();

        stepList.removeAll();
        stepList.setPadding(false);
        stepList.setSpacing(false);
        stepList.setWidth("17em");
        // the steps stay in view while a long section scrolls
        stepList.getStyle().set("flex-shrink", "0").set("position", "sticky").set("top", "0")
                .set("align-self", "flex-start");
        stepList.setId("steps");
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.isScenarioArea() && (i == 0 || !sections.get(i - 1).isScenarioArea())) {
                var group = new Span(getTranslation("wizard.section.scenarios"));
                group.addClassName("uplift-muted");
                group.getStyle().set("margin-top", "var(--lumo-space-s)");
                stepList.add(group);
            }
            stepList.add(stepItem(section, i));
        }
        var review = new Button(getTranslation("wizard.review.step"), e -> show(sections.size()));
        review.setId("step-review");
        review.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        stepButtons.put("review", review);
        stepList.add(review);

        previous.setText(getTranslation("wizard.previous"));
        previous.setId("previous-step");
        previous.addClickListener(e -> show(step - 1));
        next.setText(getTranslation("wizard.next"));
        next.setId("next-step");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(e -> show(step + 1));
        page.setWidthFull();
        var main = new VerticalLayout(page, new HorizontalLayout(previous, next));
        main.setPadding(false);
        var body = new HorizontalLayout(stepList, main);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        add(title, header, body);
    }

    private Component stepItem(Section section, int index) {
        var button = new Button(section.name(getLocale()), e -> show(index));
        button.setId("step-" + section.key());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var progress = new Span();
        progress.setId("section-progress-" + section.key());
        progress.addClassName("uplift-muted");
        progress.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        var assignee = new Span();
        assignee.addClassName("uplift-muted");
        assignee.setId("step-assignee-" + section.key());
        stepButtons.put(section.key(), button);
        sectionProgress.put(section.key(), progress);
        sectionAssignees.put(section.key(), assignee);
        var row = new HorizontalLayout(button, progress);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        var item = new Div(row, assignee);
        assignee.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        return item;
    }

    /** Opens a step with the assessment as stored now, so colleagues' answers show too. */
    private void show(int index) {
        show(index, true);
    }

    private void show(int index, boolean scrollToTop) {
        Optional<Assessment> reloaded = assessments.find(assessment.getId());
        if (reloaded.isPresent() && !reloaded.get().isDraft()) {
            getUI().ifPresent(ui -> ui.navigate(AssessmentRoutes.result(assessment.getId())));
            return;
        }
        reloaded.ifPresent(a -> assessment = a);
        step = Math.max(0, Math.min(index, sections.size()));
        page.removeAll();
        page.add(step < sections.size() ? sectionPage(sections.get(step)) : review());
        stepButtons.forEach((key, button) -> {
            boolean current = step < sections.size() ? key.equals(sections.get(step).key()) : "review".equals(key);
            button.getElement().setAttribute("aria-current", current ? "step" : "false");
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
        previous.setEnabled(step > 0);
        next.setVisible(step < sections.size());
        refreshProgress();
        if (scrollToTop) {
            scrollIntoView();
        }
    }

    private Component sectionPage(Section section) {
        var content = new VerticalLayout();
        content.setPadding(false);
        content.setId("section-" + section.key());
        if (section.isScenarioArea()) {
            var kicker = new Span(getTranslation("wizard.section.scenarios"));
            kicker.addClassName("uplift-muted");
            content.add(kicker);
        }
        content.add(new H3(section.name(getLocale())));
        if (section.isScenarioArea()) {
            content.add(new Paragraph(getTranslation("wizard.section.scenariosHelp")));
        }
        content.add(assignment(section));
        boolean editable = editable(section);
        Answers answers = assessment.toAnswers();
        for (Question question : section.questions()) {
            content.add(new QuestionField(question, answers, editable, autosave,
                    evidenceFiles(question.key(), editable)));
        }
        for (Scenario scenario : section.scenarios()) {
            content.add(new ScenarioField(scenario, answers, editable, autosave));
        }
        return content;
    }

    /**
     * Where a question's evidence files (一企一档) go. Placeholder until the evidence files panel is
     * wired in here.
     */
    Component evidenceFiles(String questionKey, boolean editable) {
        return new Div();
    }

    private boolean editable(Section section) {
        String assignee = assessment.getSectionAssignees().get(section.key());
        return owner || assignee == null || assignee.equals(user.userId());
    }

    private Component assignment(Section section) {
        String assignee = assessment.getSectionAssignees().get(section.key());
        if (owner) {
            var picker = new ComboBox<TeamMember>(getTranslation("wizard.assign.label"));
            picker.setId("assign-" + section.key());
            picker.setItems(members);
            picker.setItemLabelGenerator(TeamMember::displayName);
            picker.setClearButtonVisible(true);
            picker.setPlaceholder(getTranslation("wizard.assign.nobody"));
            picker.setWidth("20em");
            picker.setValue(members.stream().filter(m -> m.userId().equals(assignee)).findFirst().orElse(null));
            picker.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    assign(section, change.getValue(), picker, change.getOldValue());
                }
            });
            return picker;
        }
        String text = assignee == null ? getTranslation("wizard.assign.open")
                : assignee.equals(user.userId()) ? getTranslation("wizard.assign.yours")
                : getTranslation("wizard.assign.readOnly", memberName(assignee));
        var notice = new Paragraph(text);
        notice.setId("section-assignment");
        if (!editable(section)) {
            notice.getElement().getThemeList().add("badge contrast");
        }
        return notice;
    }

    private void assign(Section section, TeamMember member, ComboBox<TeamMember> picker, TeamMember before) {
        try {
            saved(assessments.assignSection(assessment.getId(), section.key(), member == null ? null : member.userId(),
                    true));
        } catch (InputRejectedException rejected) {
            picker.setValue(before);
            status(getTranslation("wizard.autosave.refused"));
            Notices.error(messages(rejected));
        }
    }

    private Component review() {
        Answers answers = assessment.toAnswers();
        Score score = Scoring.score(framework, answers);
        Optional<Integer> level = levels.level(framework.id(), framework.version(), score);
        return new ReviewStep(framework, sections, answers, score, level, this::show, submitArea());
    }

    private Component submitArea() {
        if (!owner) {
            var ownerSubmits = new Paragraph(getTranslation("wizard.submit.ownerOnly"));
            ownerSubmits.setId("submit-owner-only");
            return ownerSubmits;
        }
        var submit = new Button(getTranslation("wizard.submit"), e -> submit());
        submit.setId("submit-assessment");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        submit.setDisableOnClick(true);
        return submit;
    }

    private void submit() {
        String id = assessment.getId();
        try {
            assessments.submit(id, user.userId(), owner);
            Notices.success(getTranslation("wizard.submitted"));
            getUI().ifPresent(ui -> ui.navigate(AssessmentRoutes.result(id)));
        } catch (InputRejectedException rejected) {
            Notices.error(messages(rejected));
            show(step);
        } catch (OptimisticLockingFailureException concurrentAnswer) {
            // a colleague's autosave came in between reading and submitting: show it, let the owner submit again
            Notices.error(getTranslation("wizard.submit.retry"));
            show(step);
        }
    }

    private void saved(Assessment stored) {
        assessment = stored;
        status(getTranslation("wizard.autosave.saved"));
        status.getElement().setAttribute("data-version", String.valueOf(stored.getVersion()));
        refreshProgress();
    }

    private void status(String text) {
        status.setText(text);
    }

    private void refreshProgress() {
        Answers answers = assessment.toAnswers();
        int answered = 0;
        int total = 0;
        for (Section section : sections) {
            int done = section.answered(answers);
            answered += done;
            total += section.total();
            sectionProgress.get(section.key()).setText(done + "/" + section.total());
            String assignee = assessment.getSectionAssignees().get(section.key());
            sectionAssignees.get(section.key()).setText(assignee == null ? ""
                    : getTranslation("wizard.assign.step", memberName(assignee)));
        }
        overall.setValue(total == 0 ? 0 : (double) answered / total);
        overallText.setText(getTranslation("wizard.progress", answered, total));
    }

    private String memberName(String userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).map(TeamMember::displayName).findFirst()
                .orElse(getTranslation("wizard.assign.former"));
    }

    private String messages(InputRejectedException rejected) {
        return rejected.violations().stream().map(v -> getTranslation(v.messageKey(), v.arguments().toArray()))
                .distinct().collect(Collectors.joining(" "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wizard.title");
    }
}
