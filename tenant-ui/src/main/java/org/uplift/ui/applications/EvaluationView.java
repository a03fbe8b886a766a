package org.uplift.ui.applications;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.framework.Dimension;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.AcceptanceDossier;
import org.uplift.subsidy.application.AcceptanceDossiers;
import org.uplift.subsidy.application.EvaluationForm;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.AcceptanceWork;
import org.uplift.workflows.subsidy.ApplicationTask;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

/**
 * The evaluator's on-site evaluation (现场验收) of one case: T0 and T1 side by side per dimension, every evidence
 * file of both read-only (downloaded from the SME's 一企一档), and, while the task is the evaluator's, the form:
 * confirmed or corrected level (a correction needs a reason), the checklist, the provider satisfaction.
 */
@Route("applications/:applicationId/evaluation")
@RolesAllowed({"EVALUATOR", "PROGRAMME_MANAGER"})
public class EvaluationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SubsidyApplications applications;
    private final transient AcceptanceDossiers dossiers;
    private final transient OnSiteAcceptance acceptance;
    private final transient AcceptanceWork work;
    final Select<Integer> level = new Select<>();
    final TextArea correctionReason = new TextArea();
    final CheckboxGroup<String> checklist = new CheckboxGroup<>();
    final RadioButtonGroup<Integer> satisfaction = new RadioButtonGroup<>();
    final Button confirm = new Button();
    final Div evidence = new Div();
    Grid<Dimension> comparison;
    private String applicationId;

    public EvaluationView(SubsidyApplications applications, AcceptanceDossiers dossiers, OnSiteAcceptance acceptance,
            AcceptanceWork work) {
        this.applications = applications;
        this.dossiers = dossiers;
        this.acceptance = acceptance;
        this.work = work;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().get("applicationId").orElse(null);
        Optional<AcceptanceDossier> dossier = dossiers.of(applicationId);
        if (dossier.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(applications.find(applicationId).orElseThrow(), dossier.get());
    }

    private void show(SubsidyApplication a, AcceptanceDossier d) {
        removeAll();
        add(new H2(getTranslation("evaluation.title", a.getSmeName())),
                new Paragraph(getTranslation("applications.programme") + "：" + a.getProgrammeName()),
                new Paragraph(getTranslation("evaluation.levels", levelOf(d.t0()), levelOf(d.t1()))),
                new Paragraph(getTranslation("evaluation.actualCosts",
                        Formats.yuan(a.getAcceptanceRequest().actualTotalFen()), Formats.yuan(a.getTotalFen()))));
        comparison = new Grid<>();
        comparison.addColumn(dim -> getLocale().getLanguage().equals("zh") ? dim.nameZh() : dim.nameEn())
                .setHeader(getTranslation("evaluation.dimension"));
        comparison.addColumn(dim -> score(d.t0(), dim)).setHeader("T0");
        comparison.addColumn(dim -> score(d.t1(), dim)).setHeader("T1");
        comparison.setItems(d.framework().dimensions());
        comparison.setAllRowsVisible(true);
        comparison.setId("evaluation-comparison");
        add(new H3(getTranslation("evaluation.comparison")), comparison);
        evidence.setId("evaluation-evidence");
        evidence.removeAll();
        files("T0", d.t0Evidence());
        files("T1", d.t1Evidence());
        add(new H3(getTranslation("evaluation.evidence")), evidence);
        if (a.getEvaluation() != null) {
            var done = new Paragraph(getTranslation("evaluation.done", a.getEvaluation().confirmedLevel(),
                    a.getEvaluation().providerSatisfaction()));
            done.setId("evaluation-done");
            add(done);
        }
        work.evaluation(applicationId).ifPresent(task -> form(a, task));
    }

    private void files(String which, List<EvidenceFile> files) {
        if (files.isEmpty()) {
            evidence.add(new Paragraph(getTranslation("evaluation.noEvidence", which)));
        }
        for (EvidenceFile f : files) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> dossiers.open(applicationId, f.id())
                    .map(c -> new DownloadResponse(c.content(), c.file().filename(), c.file().contentType(),
                            c.file().size()))
                    .orElseGet(() -> DownloadResponse.error(404))), which + " · " + f.filename());
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("data-file-id", f.id());
            link.addClassName("evaluation-evidence-file");
            evidence.add(new Div(link));
        }
    }

    private void form(SubsidyApplication a, ApplicationTask task) {
        level.setLabel(getTranslation("evaluation.level"));
        level.setId("evaluation-level");
        level.setItems(0, 1, 2, 3, 4);
        level.setItemLabelGenerator(n -> getTranslation("applications.levelValue", n));
        level.setValue(a.getAcceptanceRequest().t1Level());
        correctionReason.setLabel(getTranslation("evaluation.correctionReason"));
        correctionReason.setId("evaluation-correction-reason");
        correctionReason.setWidthFull();
        checklist.setLabel(getTranslation("evaluation.checklist"));
        checklist.setId("evaluation-checklist");
        checklist.setItems(acceptance.checklist());
        checklist.setItemLabelGenerator(key -> getTranslation("acceptance.check." + key));
        satisfaction.setLabel(getTranslation("evaluation.satisfaction"));
        satisfaction.setId("evaluation-satisfaction");
        satisfaction.setItems(1, 2, 3, 4, 5);
        confirm.setText(getTranslation("evaluation.confirm"));
        confirm.setId("evaluation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> submit(task));
        add(new H3(getTranslation("applications.stage.EVALUATION")), level, correctionReason, checklist, satisfaction,
                confirm);
    }

    private void submit(ApplicationTask task) {
        try {
            work.evaluate(task.taskId(), new EvaluationForm(level.getValue(), correctionReason.getValue(),
                    List.copyOf(checklist.getValue()), satisfaction.getValue()));
            getUI().ifPresent(ui -> ui.navigate("applications/" + applicationId));
        } catch (InputRejectedException rejected) {
            new FieldErrors().bind("confirmedLevel", level).bind("correctionReason", correctionReason)
                    .bind("checklist", checklist).bind("providerSatisfaction", satisfaction).show(rejected, this);
        }
    }

    private String levelOf(Assessment assessment) {
        return assessment == null || assessment.getLevel() == null ? Formats.NONE
                : getTranslation("applications.levelValue", assessment.getLevel());
    }

    private static String score(Assessment assessment, Dimension dimension) {
        BigDecimal score = assessment == null ? null : assessment.getDimensionScores().get(dimension.key());
        return score == null ? Formats.NONE : Formats.score(score);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.stage.EVALUATION");
    }
}
