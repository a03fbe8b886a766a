package org.uplift.ui.assessment.result;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.framework.Framework;
import org.uplift.report.AssessmentReports;
import org.uplift.ui.component.UiFormats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The result of one of the SME's assessments. Only ever finds the assessment within the signed-in tenant:
 * another tenant's id looks exactly like an unknown one ("not found"). A draft has no result yet.
 */
@Route("assessments/:assessmentId/result")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class ResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ASSESSMENT_ID = "assessmentId";

    private final transient Assessments assessments;
    private final transient Evaluator evaluator;
    private final transient PeerBaseline peers;
    private final transient ObjectProvider<ResultPanel> panelProviders;
    private final transient AssessmentReports reports;
    private final Div panels = new Div();

    public ResultView(Assessments assessments, Evaluator evaluator, PeerBaseline peers,
            ObjectProvider<ResultPanel> panelProviders, AssessmentReports reports) {
        this.assessments = assessments;
        this.reports = reports;
        this.evaluator = evaluator;
        this.peers = peers;
        this.panelProviders = panelProviders;
        setId("assessment-result");
        addClassName("uplift-page");
        panels.setId("result-panels");
        panels.setWidthFull();
    }

    /** The route to the result of an assessment, for links and navigation (e.g. after submitting). */
    public static String route(String assessmentId) {
        return "assessments/" + assessmentId + "/result";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Assessment> found = event.getRouteParameters().get(ASSESSMENT_ID).flatMap(assessments::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Assessment assessment = found.get();
        add(new H2(getTranslation("result.title")));
        if (assessment.isDraft()) {
            var toDraft = new Anchor("assessments/" + assessment.getId(), getTranslation("result.toDraft"));
            toDraft.getElement().setAttribute("router-link", true);
            add(new Paragraph(getTranslation("result.draft")), toDraft);
            return;
        }
        show(assessment, assessments.framework(assessment));
    }

    private void show(Assessment assessment, Framework framework) {
        Evaluation evaluation = evaluator.evaluate(framework, assessment.toAnswers());
        Optional<Integer> level = levelOf(assessment, evaluation);
        add(subtitle(assessment, framework), toolbar(assessment, framework));
        var summary = new ScoreSummary("result", framework, assessment.getTotalScore(),
                assessment.getDimensionScores(), level);
        Optional<Assessment> previous = Optional.ofNullable(assessment.getPreviousAssessmentId())
                .flatMap(assessments::find).filter(p -> !p.isDraft());
        PeerBaseline.Baseline baseline = peers.of(framework.id(), framework.version());
        var radar = new PeerRadar(framework, assessment.getDimensionScores(), previous.map(Assessment::getDimensionScores),
                baseline);
        if (baseline.comparison() instanceof Comparison.Available available
                && !available.statistics().levels().isEmpty()) {
            summary.add(new PeerLevels(available.statistics().levels(), level));
        }
        summary.getStyle().set("flex", "1 1 320px");
        radar.getStyle().set("flex", "2 1 420px");
        var top = new FlexLayout(summary, radar);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.setWidthFull();
        top.getStyle().set("gap", "var(--lumo-space-m)");
        add(top);
        if (evaluation.hasLevels()) {
            add(widest(new GapList("gap-list", framework, evaluation)));
        }
        previous.ifPresent(t0 -> add(widest(new ReassessmentComparison(framework, t0,
                levelOf(t0, evaluator.evaluate(assessments.framework(t0), t0.toAnswers())), assessment, level))));
        if (!framework.scenarioAreas().isEmpty()) {
            add(widest(new ScenarioRatings(framework, assessment.getScenarioRatings())));
        }
        panelProviders.orderedStream().forEach(provider -> provider.panelFor(assessment, getLocale())
                .ifPresent(this::addPanel));
        add(panels);
    }

    /** Adds a section below the page's own (diagnosis notes, recommendations, ...). */
    public void addPanel(Component panel) {
        panels.add(panel);
    }

    /** The PDF report of the assessment, next to the what-if button. */
    private Component reportDownload(Assessment assessment) {
        return ReportDownload.of(reports, assessment.getId(), getLocale(), getTranslation("result.downloadReport"));
    }

    /** The level the journey recorded; before it has (or for an older result without one), as decided now. */
    private static Optional<Integer> levelOf(Assessment assessment, Evaluation evaluation) {
        return evaluation.hasLevels() && assessment.getLevel() != null ? Optional.of(assessment.getLevel())
                : evaluation.level();
    }

    private Component subtitle(Assessment assessment, Framework framework) {
        String submitted = assessment.getSubmittedAt() == null ? ""
                : UiFormats.formats().date(assessment.getSubmittedAt(), getLocale());
        var subtitle = new Paragraph(getTranslation("result.subtitle", Texts.of(getLocale(), framework.nameZh(),
                framework.nameEn()), submitted, getTranslation("result.status." + assessment.getStatus().name())));
        subtitle.addClassName("uplift-muted");
        return subtitle;
    }

    private Component toolbar(Assessment assessment, Framework framework) {
        var whatIf = new Button(getTranslation("result.whatIf.open"), VaadinIcon.SLIDERS.create(),
                e -> new WhatIfDialog(framework, assessment.toAnswers(), evaluator).open());
        whatIf.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        whatIf.setId("what-if");
        var toolbar = new HorizontalLayout(whatIf);
        toolbar.add(reportDownload(assessment));
        return toolbar;
    }

    private static Component widest(Div section) {
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.title");
    }
}
