package org.uplift.ui.assessment.diagnosis;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.Diagnosis;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.sharing.SharedAssessment;
import org.uplift.assessment.sharing.SharedAssessments;
import org.uplift.ui.assessment.sharing.DiagnosisNotesPanel;
import org.uplift.ui.assessment.sharing.FrameworkLabels;
import org.uplift.ui.assessment.sharing.RecommendationsPanel;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.diagnosis.ProviderDiagnoses;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One assessment an SME shares with the provider, read-only: scores, level, scenario ratings and the
 * improvement plan. While the journey's diagnosis task is open for the provider's consultants, a
 * consultant writes notes per dimension here and completes the diagnosis. An assessment that is not (or
 * no longer) shared with the provider is "not found".
 */
@Route("shared-assessments/:assessmentId")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class SharedAssessmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "assessmentId";

    private final transient SharedAssessments shared;
    private final transient ProviderDiagnoses diagnoses;
    private final Map<String, TextArea> notes = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private String assessmentId;

    public SharedAssessmentView(SharedAssessments shared, ProviderDiagnoses diagnoses) {
        this.shared = shared;
        this.diagnoses = diagnoses;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assessmentId = event.getRouteParameters().get(PARAMETER).orElse(null);
        Optional<SharedAssessment> found = shared.find(assessmentId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(SharedAssessment s) {
        removeAll();
        notes.clear();
        Assessment assessment = s.assessment();
        Framework framework = s.framework();
        var heading = new H2(s.smeName());
        heading.setId("shared-sme");
        var summary = new Span(SharedAssessmentsView.summary(this, assessment));
        summary.setId("shared-status");
        add(heading, new Paragraph(FrameworkLabels.framework(framework, getLocale())), summary, scores(assessment, framework),
                scenarios(assessment, framework), new RecommendationsPanel(assessment, framework));
        if (diagnoses.isOpen(assessment.getId())) {
            add(diagnosisForm(assessment.getDiagnosis(), framework));
        } else if (assessment.getDiagnosis() != null) {
            add(new DiagnosisNotesPanel(assessment, framework));
        }
    }

    private Div scores(Assessment assessment, Framework framework) {
        var box = new Div(new H3(getTranslation("sharedAssessment.scores")));
        box.setId("shared-scores");
        box.setWidthFull();
        if (assessment.getTotalScore() == null) {
            box.add(new Paragraph(getTranslation("sharedAssessment.notScored")));
            return box;
        }
        var total = new Span(getTranslation("sharedAssessment.total", plain(assessment.getTotalScore())));
        total.setId("score-total");
        box.add(new Div(total));
        for (Dimension dimension : framework.dimensions()) {
            BigDecimal score = assessment.getDimensionScores().get(dimension.key());
            var row = new Span(FrameworkLabels.dimension(dimension, getLocale()) + "："
                    + (score == null ? "-" : plain(score)));
            row.setId("score-" + dimension.key());
            box.add(new Div(row));
        }
        return box;
    }

    private Div scenarios(Assessment assessment, Framework framework) {
        var box = new Div();
        box.setWidthFull();
        if (framework.scenarioAreas().isEmpty()) {
            return box;
        }
        box.add(new H3(getTranslation("sharedAssessment.scenarios")));
        for (Scenario scenario : framework.scenarios().toList()) {
            int rating = assessment.getScenarioRatings().getOrDefault(scenario.key(), 0);
            var row = new Span(FrameworkLabels.scenario(framework, scenario.key(), getLocale()) + "："
                    + getTranslation("sharedAssessment.rating", rating)
                    + (scenario.constrained() ? " · " + getTranslation("recommendation.constrained") : ""));
            row.setId("scenario-" + scenario.key());
            box.add(new Div(row));
        }
        return box;
    }

    private VerticalLayout diagnosisForm(Diagnosis existing, Framework framework) {
        var form = new VerticalLayout(new H3(getTranslation("diagnosis.formTitle")),
                new Paragraph(getTranslation("diagnosis.formExplanation")));
        form.setPadding(false);
        form.setId("diagnosis-form");
        for (Dimension dimension : framework.dimensions()) {
            var area = new TextArea(FrameworkLabels.dimension(dimension, getLocale()));
            area.setWidthFull();
            area.setMaxLength(SharedAssessments.MAX_NOTE_LENGTH);
            area.setId("diagnosis-" + dimension.key());
            area.setValue(existing == null ? "" : existing.notes().getOrDefault(dimension.key(), ""));
            errors.bind("diagnosis." + dimension.key(), area);
            notes.put(dimension.key(), area);
            form.add(area);
        }
        var save = new Button(getTranslation("diagnosis.save"), e -> save());
        save.setId("save-diagnosis");
        var complete = new Button(getTranslation("diagnosis.complete"), e -> complete());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setId("complete-diagnosis");
        form.add(new HorizontalLayout(save, complete));
        return form;
    }

    private Map<String, String> written() {
        Map<String, String> written = new LinkedHashMap<>();
        notes.forEach((key, area) -> written.put(key, area.getValue()));
        return written;
    }

    private void save() {
        try {
            shared.saveDiagnosisNotes(assessmentId, written());
            errors.clear();
            Notices.success(getTranslation("diagnosis.saved"));
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private void complete() {
        try {
            SharedAssessment completed = diagnoses.complete(assessmentId, written());
            Notices.success(getTranslation("diagnosis.completed"));
            show(completed);
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sharedAssessments.title");
    }
}
