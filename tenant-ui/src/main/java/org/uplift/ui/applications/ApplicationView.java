package org.uplift.ui.applications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.uplift.marketplace.solution.CostLine;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.UiFormats;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.subsidy.AcceptanceWork;
import org.uplift.workflows.subsidy.ApplicationTask;
import org.uplift.workflows.subsidy.ApplicationWork;
import org.uplift.workflows.subsidy.ReviewDecision;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
 * One application, for the SME (its copy) or the authority (its case): programme, cost lines, T0 level, the
 * estimate, reasons and history; the SME's answer and offer acceptance; the reviewer's decision buttons while a
 * stage task of this case is offered to them. Anyone else's id is "not found".
 */
@Route("applications/:applicationId")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER", "DISTRICT_OFFICER", "REVIEWER", "SENIOR_REVIEWER",
        "PROGRAMME_MANAGER", "EVALUATOR"})
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient SubsidyApplications applications;
    private final transient ApplicationWork work;
    private final transient AcceptanceWork acceptanceWork;
    private final transient ImplementationDeadlines deadlines;
    private final transient OnSiteAcceptance acceptance;
    private final transient SubsidyClaims claims;
    final TextArea text = new TextArea();
    final DatePicker deadline = new DatePicker();
    final Button approve = new Button();
    final Button reject = new Button();
    final Button askInformation = new Button();
    final TextArea answer = new TextArea();
    final Button sendAnswer = new Button();
    final Button accept = new Button();
    ImplementationPanel implementation;
    AcceptancePanel acceptancePanel;
    private String applicationId;

    public ApplicationView(SubsidyApplications applications, ApplicationWork work, AcceptanceWork acceptanceWork,
            ImplementationDeadlines deadlines, OnSiteAcceptance acceptance, SubsidyClaims claims) {
        this.applications = applications;
        this.work = work;
        this.acceptanceWork = acceptanceWork;
        this.deadlines = deadlines;
        this.acceptance = acceptance;
        this.claims = claims;
        addClassName("uplift-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().get("applicationId").orElse(null);
        if (applications.find(applicationId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        SubsidyApplication a = applications.find(applicationId).orElseThrow();
        removeAll();
        var status = ApplicationTexts.status(this, a);
        status.setId("application-status");
        add(new HorizontalLayout(new H2(a.getProgrammeName()), status));
        add(new DecisionLetterDownload(a));
        claims.find(applicationId).ifPresent(c -> {
            var claim = new Anchor("applications/" + applicationId + "/claim", getTranslation("applications.claim"));
            claim.setId("application-claim");
            add(claim);
        });
        add(line("applications.applicant", a.getSmeName()), line("applications.provider", a.getProviderName()),
                line("applications.level", a.getLevel() == null ? Formats.NONE
                        : getTranslation("applications.levelValue", a.getLevel())),
                line("applications.contractDate", date(a.getContractDate())),
                line("applications.paidOn", a.getPaidOn() == null ? Formats.NONE : date(a.getPaidOn())),
                line("applications.total", Formats.yuan(a.getTotalFen())));
        if (a.getStatus() != ApplicationStatus.SUBMITTED && a.getEligibilityReasons().isEmpty()) {
            var estimate = line("applications.estimate", getTranslation("applications.estimateValue",
                    Formats.yuan(a.getEligibleCostFen()), Formats.yuan(a.getAmountFen())));
            estimate.setId("application-estimate");
            add(estimate);
        }
        String reasons = ApplicationTexts.reasons(this, a);
        if (!reasons.isEmpty()) {
            var why = line("applications.reasons", reasons);
            why.setId("application-reasons");
            add(why);
        }
        if (a.getStatus() == ApplicationStatus.BUDGET_EXHAUSTED) {
            add(new Paragraph(getTranslation("applications.budgetExhausted")));
        }
        if (a.getInformation() != null) {
            add(line("applications.question", a.getInformation().question()),
                    line("applications.deadline", UiFormats.formats().dateTime(a.getInformation().deadline(), getLocale())));
            if (a.getInformation().answer() != null) {
                add(line("applications.answer", a.getInformation().answer()));
            }
        }
        var lines = new Grid<CostLine>();
        lines.addColumn(l -> getTranslation("quote.cost." + l.category())).setHeader(getTranslation("applications.costCategory"));
        lines.addColumn(CostLine::description).setHeader(getTranslation("applications.costDescription"));
        lines.addColumn(l -> Formats.yuan(l.amountFen())).setHeader(getTranslation("applications.costAmount"));
        lines.setItems(a.getCostLines());
        lines.setAllRowsVisible(true);
        lines.setId("application-cost-lines");
        add(new H3(getTranslation("applications.costLines")), lines);
        smeActions();
        reviewerActions();
        implementation(a);
        acceptance(a);
        add(new AuditTimeline(applications, applicationId));
    }

    private void smeActions() {
        if (work.awaitsAnswer(applicationId)) {
            answer.setLabel(getTranslation("applications.answerLabel"));
            answer.setId("application-answer");
            answer.setWidthFull();
            sendAnswer.setText(getTranslation("applications.sendAnswer"));
            sendAnswer.setId("application-send-answer");
            sendAnswer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sendAnswer.addClickListener(e -> act(() -> work.answer(applicationId, answer.getValue())));
            add(new H3(getTranslation("applications.informationRequested")), answer, sendAnswer);
        }
        if (work.awaitsAcceptance(applicationId)) {
            accept.setText(getTranslation("applications.acceptOffer"));
            accept.setId("application-accept");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(e -> act(() -> work.acceptOffer(applicationId)));
            add(new H3(getTranslation("applications.offer")), accept);
        }
    }

    private void reviewerActions() {
        Optional<ApplicationTask> task = work.review(applicationId);
        if (task.isEmpty()) {
            return;
        }
        String taskId = task.get().taskId();
        boolean district = "DISTRICT".equals(task.get().stage());
        text.setLabel(getTranslation("applications.decisionText"));
        text.setId("application-decision-text");
        text.setWidthFull();
        deadline.setLabel(getTranslation("applications.deadlineLabel"));
        deadline.setId("application-deadline");
        approve.setText(getTranslation(district ? "applications.recommend" : "applications.approve"));
        approve.setId("application-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> decide(taskId, ReviewDecision.APPROVE));
        reject.setText(getTranslation("applications.reject"));
        reject.setId("application-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(taskId, ReviewDecision.REJECT));
        var buttons = new HorizontalLayout(approve, reject);
        add(new H3(getTranslation("applications.stage." + task.get().stage())), text);
        if ("EXPERT".equals(task.get().stage())) {
            askInformation.setText(getTranslation("applications.askInformation"));
            askInformation.setId("application-ask");
            askInformation.addClickListener(e -> decide(taskId, ReviewDecision.MORE_INFORMATION));
            buttons.add(askInformation);
            add(deadline);
        }
        add(buttons);
    }

    /** Step 6: the deadline, the extension request and its decision. */
    private void implementation(SubsidyApplication a) {
        implementation = new ImplementationPanel(a, acceptanceWork, deadlines, this::show);
        add(implementation);
    }

    /** Step 7: the acceptance request, its outcome, the evaluator's way to the on-site evaluation. */
    private void acceptance(SubsidyApplication a) {
        acceptancePanel = new AcceptancePanel(a, acceptanceWork, acceptance, this::show);
        add(acceptancePanel);
    }

    private void decide(String taskId, ReviewDecision decision) {
        act(() -> work.decide(taskId, decision, text.getValue(), deadline.getValue()));
    }

    private void act(Runnable action) {
        try {
            action.run();
            show();
        } catch (InputRejectedException rejected) {
            new FieldErrors().bind("reason", text).bind("question", text).bind("deadline", deadline)
                    .bind("answer", answer).show(rejected, this);
        }
    }

    private Paragraph line(String labelKey, String value) {
        return new Paragraph(getTranslation(labelKey) + "：" + (value == null ? Formats.NONE : value));
    }

    private String date(java.time.LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title");
    }
}
