package org.uplift.ui.applications;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.uplift.assessment.Assessment;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.UiFormats;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.AcceptanceWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * The acceptance section of an application page: the owner's request (T1 picker, actual cost per applied line, in
 * yuan) while implementing; afterwards the request, the outcome (with the explanation of a failure) and, for the
 * evaluator whose task it is, the link to the on-site evaluation form.
 */
class AcceptancePanel extends Div {

    final Select<Assessment> t1 = new Select<>();
    final List<BigDecimalField> actual = new ArrayList<>();
    final Button request = new Button();

    private final transient AcceptanceWork work;
    private final transient Runnable changed;
    private final SubsidyApplication application;

    AcceptancePanel(SubsidyApplication a, AcceptanceWork work, OnSiteAcceptance acceptance, Runnable changed) {
        this.work = work;
        this.changed = changed;
        this.application = a;
        setId("application-acceptance");
        if (a.getAcceptanceRequest() != null) {
            outcome(a);
        } else if (work.implementing(a.getApplicationId())) {
            requestForm(a, acceptance);
        }
        if (work.evaluation(a.getApplicationId()).isPresent()) {
            var evaluate = new Anchor("applications/" + a.getApplicationId() + "/evaluation",
                    getTranslation("applications.acceptance.evaluate"));
            evaluate.setId("application-evaluate");
            add(evaluate);
        }
    }

    private void requestForm(SubsidyApplication a, OnSiteAcceptance acceptance) {
        t1.setLabel(getTranslation("applications.acceptance.t1"));
        t1.setId("application-acceptance-t1");
        t1.setItems(acceptance.t1Candidates(a.getApplicationId()));
        t1.setItemLabelGenerator(x -> getTranslation("applications.acceptance.t1Item",
                UiFormats.formats().date(x.getSubmittedAt(), getLocale()),
                x.getLevel() == null ? Formats.NONE : x.getLevel()));
        add(new H3(getTranslation("applications.acceptance.title")),
                new Paragraph(getTranslation("applications.acceptance.intro")), t1);
        for (int i = 0; i < a.getCostLines().size(); i++) {
            CostLine line = a.getCostLines().get(i);
            var amount = new BigDecimalField(getTranslation("applications.acceptance.actual",
                    getTranslation("quote.cost." + line.category()), line.description() == null ? "" : line.description()));
            amount.setId("application-actual-" + i);
            amount.setValue(Formats.yuanAmount(line.amountFen()));
            actual.add(amount);
            add(amount);
        }
        request.setText(getTranslation("applications.acceptance.request"));
        request.setId("application-acceptance-request");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(e -> submit());
        add(request);
    }

    private void submit() {
        List<CostLine> lines = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            CostLine applied = application.getCostLines().get(i);
            BigDecimal yuan = actual.get(i).getValue();
            long fen = yuan == null ? 0 : Formats.fen(yuan).orElse(0L);
            lines.add(new CostLine(applied.category(), fen, applied.description()));
        }
        try {
            work.requestAcceptance(application.getApplicationId(), t1.getValue() == null ? null : t1.getValue().getId(),
                    lines);
            changed.run();
        } catch (InputRejectedException rejected) {
            var errors = new FieldErrors().bind("t1", t1);
            for (int i = 0; i < actual.size(); i++) {
                errors.bind("actualCosts[" + i + "].amountFen", actual.get(i));
            }
            errors.show(rejected, this);
        }
    }

    private void outcome(SubsidyApplication a) {
        var request = a.getAcceptanceRequest();
        add(new H3(getTranslation("applications.acceptance.title")),
                new Paragraph(getTranslation("applications.acceptance.requested",
                        request.t1Level() == null ? Formats.NONE : request.t1Level(),
                        Formats.yuan(request.actualTotalFen()))));
        if (a.getEvaluation() != null) {
            add(new Paragraph(getTranslation("applications.acceptance.confirmedLevel",
                    a.getEvaluation().confirmedLevel())));
        }
        Paragraph result = null;
        if (a.getStatus() == ApplicationStatus.ACCEPTANCE_FAILED) {
            result = new Paragraph(getTranslation("applications.acceptance.failed",
                    a.getEvaluation().confirmedLevel(), Formats.yuan(a.getReleasedFen())));
        } else if (a.getStatus() == ApplicationStatus.ACCEPTED) {
            result = new Paragraph(getTranslation("applications.acceptance.accepted",
                    Formats.yuan(a.getAcceptedAmountFen()), Formats.yuan(a.getAmountFen())));
        }
        if (result != null) {
            result.setId("application-acceptance-outcome");
            add(result);
        }
    }
}
