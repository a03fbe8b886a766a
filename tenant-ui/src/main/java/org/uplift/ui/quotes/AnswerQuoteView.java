package org.uplift.ui.quotes;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.Quote;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteMilestone;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.platform.Formats;
import org.uplift.security.CurrentUser;
import org.uplift.security.UpliftPrincipal;
import org.uplift.assessment.evidence.EvidenceType;
import org.uplift.marketplace.quote.AttachmentUpload;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violations;
import org.uplift.workflows.quote.QuoteTasks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One of the provider's quotes: what the SME asks, claiming the task, and, while it is open, the answer (cost lines
 * typed in yuan and stored in fen; they must add up to the total) or declining with a reason. Every refusal shows on
 * its field and nothing is saved. Another provider's quote is "not found".
 */
@Route("quotes/incoming/:quoteId")
@RolesAllowed({"PROVIDER_ADMIN", "PROVIDER_CONSULTANT"})
public class AnswerQuoteView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PARAMETER = "quoteId";
    static final String YUAN_CENTS = "quote.ui.yuanCents";

    private final transient ProviderQuotes quotes;
    private final transient QuoteTasks tasks;
    private final UpliftPrincipal user;
    final Paragraph claimedBy = new Paragraph();
    final Button claim = new Button();
    final VerticalLayout costLines = new VerticalLayout();
    final List<CostLineRow> lineRows = new ArrayList<>();
    final BigDecimalField totalYuan = new BigDecimalField();
    final TextArea scope = new TextArea();
    final IntegerField timelineWeeks = new IntegerField();
    final DatePicker deliverBy = new DatePicker();
    final VerticalLayout milestones = new VerticalLayout();
    final List<MilestoneRow> milestoneRows = new ArrayList<>();
    final Upload attachmentUpload = new Upload();
    final Span attachmentName = new Span();
    final Span attachmentError = new Span();
    private String pendingName;
    private byte[] pendingContent;
    final Button submit = new Button();
    final TextArea declineReason = new TextArea();
    final Button decline = new Button();
    private Quote quote;

    public AnswerQuoteView(ProviderQuotes quotes, QuoteTasks tasks, CurrentUser currentUser) {
        this.quotes = quotes;
        this.tasks = tasks;
        this.user = currentUser.require();
        addClassName("uplift-page");
        claim.setText(getTranslation("quote.ui.claim"));
        claim.setId("claim-quote");
        claim.addClickListener(e -> claim());
        claimedBy.setId("quote-claimed-by");
        totalYuan.setLabel(getTranslation("quote.ui.totalYuan"));
        totalYuan.setId("quote-total");
        scope.setLabel(getTranslation("engagement.scope"));
        scope.setWidth("40em");
        scope.setMaxLength(4000);
        scope.setId("quote-scope");
        timelineWeeks.setLabel(getTranslation("quote.ui.timelineWeeks"));
        timelineWeeks.setId("quote-weeks");
        deliverBy.setLabel(getTranslation("quote.ui.deliverBy"));
        deliverBy.setId("quote-deliver-by");
        costLines.setPadding(false);
        costLines.setId("quote-cost-lines");
        milestones.setPadding(false);
        milestones.setId("quote-milestones");
        attachmentUpload.setId("quote-attachment-upload");
        attachmentUpload.setMaxFiles(1);
        attachmentUpload.setAcceptedFileTypes(Stream.concat(EvidenceType.acceptedExtensions().stream(),
                EvidenceType.acceptedContentTypes().stream()).toArray(String[]::new));
        attachmentUpload.setUploadButton(new Button(getTranslation("quote.ui.attach")));
        attachmentUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> chooseAttachment(metadata.fileName(), bytes)))));
        attachmentName.setId("quote-attachment-name");
        attachmentError.setId("quote-attachment-error");
        attachmentError.getStyle().set("color", "var(--lumo-error-text-color)");
        attachmentError.setVisible(false);
        submit.setText(getTranslation("quote.ui.submitAnswer"));
        submit.setId("submit-answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submitAnswer());
        declineReason.setLabel(getTranslation("quote.ui.declineReason"));
        declineReason.setWidth("40em");
        declineReason.setMaxLength(1000);
        declineReason.setId("decline-reason");
        decline.setText(getTranslation("quote.ui.decline"));
        decline.setId("decline-quote");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        decline.addClickListener(e -> decline());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = quotes.find(event.getRouteParameters().get(PARAMETER).orElse(null));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        quote = found.get();
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("quote.ui.answerTitle", quote.getSmeName())),
                new Paragraph(QuoteTexts.need(this, quote.getNeed())),
                new Paragraph(getTranslation("quote.status." + quote.getStatus())));
        if (quote.getStatus() != QuoteStatus.OPEN) {
            if (quote.getAnswer() != null) {
                add(new Paragraph(getTranslation("quote.ui.total") + getTranslation("engagement.colon")
                        + Formats.yuan(quote.getAnswer().totalFen())));
            }
            if (quote.getDeclineReason() != null) {
                add(new Paragraph(getTranslation("quote.ui.declineReason") + getTranslation("engagement.colon")
                        + quote.getDeclineReason()));
            }
            return;
        }
        showClaim();
        if (lineRows.isEmpty()) {
            addLine();
        }
        if (milestoneRows.isEmpty()) {
            addMilestone();
        }
        var addLine = new Button(getTranslation("quote.ui.addLine"), e -> addLine());
        addLine.setId("add-cost-line");
        var addMilestone = new Button(getTranslation("quote.ui.addMilestone"), e -> addMilestone());
        addMilestone.setId("add-milestone");
        add(new HorizontalLayout(claim, claimedBy), new H3(getTranslation("quote.ui.costLines")), costLines, addLine,
                totalYuan, scope, new HorizontalLayout(timelineWeeks, deliverBy),
                new H3(getTranslation("engagement.milestones")), milestones, addMilestone,
                new H3(getTranslation("quote.ui.attachment")), attachmentUpload,
                new Span(getTranslation("quote.ui.attachmentHint")), attachmentName, attachmentError, submit,
                new H3(getTranslation("quote.ui.declineTitle")), declineReason, decline);
    }

    private void showClaim() {
        String assignee = tasks.claimedBy(quote.getRequestId(), user.roles()).orElse(null);
        claimedBy.setText(assignee == null ? getTranslation("quote.ui.unclaimed")
                : getTranslation(assignee.equals(user.userId()) ? "quote.ui.claimedByYou" : "quote.ui.claimedByOther"));
        claim.setVisible(!user.userId().equals(assignee));
    }

    CostLineRow addLine() {
        CostLineRow[] row = new CostLineRow[1];
        row[0] = new CostLineRow(() -> {
            lineRows.remove(row[0]);
            costLines.remove(row[0]);
        });
        lineRows.add(row[0]);
        costLines.add(row[0]);
        return row[0];
    }

    MilestoneRow addMilestone() {
        MilestoneRow[] row = new MilestoneRow[1];
        row[0] = new MilestoneRow(() -> {
            milestoneRows.remove(row[0]);
            milestones.remove(row[0]);
        });
        milestoneRows.add(row[0]);
        milestones.add(row[0]);
        return row[0];
    }

    void claim() {
        try {
            tasks.claim(quote.getRequestId(), user.userId(), user.roles());
            Notices.success(getTranslation("quote.ui.claimed"));
        } catch (InputRejectedException rejected) {
            Notices.error(getTranslation(rejected.violations().get(0).messageKey()));
        }
        showClaim();
    }

    void submitAnswer() {
        FieldErrors errors = answerErrors();
        try {
            Violations typed = new Violations();
            long total = fen(totalYuan.getValue(), "totalFen", typed);
            List<CostLine> lines = new ArrayList<>();
            for (int i = 0; i < lineRows.size(); i++) {
                CostLineRow row = lineRows.get(i);
                lines.add(new CostLine(row.category.getValue(),
                        fen(row.amountYuan.getValue(), "costLines[" + i + "].amountFen", typed), row.description.getValue()));
            }
            typed.throwIfAny();
            List<QuoteMilestone> steps = milestoneRows.stream().map(m -> new QuoteMilestone(m.title.getValue(),
                    m.dueInDays.getValue() == null ? 0 : m.dueInDays.getValue(), m.deliverable.getValue())).toList();
            attachmentError.setVisible(false);
            quote = quotes.answer(quote.getId(), new QuoteAnswer(total, lines, scope.getValue(),
                    timelineWeeks.getValue(), deliverBy.getValue(), steps), pendingContent == null ? null
                            : new AttachmentUpload(pendingName, pendingContent.length,
                                    new ByteArrayInputStream(pendingContent)));
            errors.clear();
            Notices.success(getTranslation("quote.ui.answered"));
            show();
        } catch (InputRejectedException rejected) {
            var onFile = rejected.violations().stream().filter(v -> v.field().equals("attachment")).toList();
            if (!onFile.isEmpty()) {
                attachmentError.setText(String.join(" ", onFile.stream()
                        .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).toList()));
                attachmentError.setVisible(true);
                chooseAttachment(null, null);
                attachmentUpload.clearFileList();
            }
            if (onFile.size() < rejected.violations().size()) {
                errors.show(rejected, this);
            }
        }
    }

    /** The file chosen for the answer; it is stored only when the answer is sent and passed. */
    void chooseAttachment(String filename, byte[] content) {
        pendingName = filename;
        pendingContent = content;
        attachmentName.setText(filename == null ? "" : filename);
    }

    void decline() {
        FieldErrors errors = new FieldErrors().bind("reason", declineReason);
        try {
            quote = quotes.decline(quote.getId(), declineReason.getValue());
            errors.clear();
            Notices.success(getTranslation("quote.ui.declined"));
            show();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private FieldErrors answerErrors() {
        FieldErrors errors = new FieldErrors().bind("totalFen", totalYuan).bind("scope", scope)
                .bind("timelineWeeks", timelineWeeks).bind("deliverBy", deliverBy);
        for (int i = 0; i < lineRows.size(); i++) {
            errors.bind("costLines[" + i + "].category", lineRows.get(i).category)
                    .bind("costLines[" + i + "].amountFen", lineRows.get(i).amountYuan)
                    .bind("costLines[" + i + "].description", lineRows.get(i).description);
        }
        for (int i = 0; i < milestoneRows.size(); i++) {
            errors.bind("milestones[" + i + "].title", milestoneRows.get(i).title)
                    .bind("milestones[" + i + "].dueInDays", milestoneRows.get(i).dueInDays)
                    .bind("milestones[" + i + "].deliverable", milestoneRows.get(i).deliverable);
        }
        return errors;
    }

    /** Yuan as typed to fen: at most two decimals (分); blank is 0, which the rules refuse. */
    private static long fen(BigDecimal yuan, String field, Violations typed) {
        if (yuan == null) {
            return 0;
        }
        return Formats.fen(yuan).orElseGet(() -> {
            typed.add(field, yuan.stripTrailingZeros().scale() > 2 ? YUAN_CENTS : "quote.answer.totalTooLarge");
            return 0L;
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.ui.answerTitle", quote == null ? "" : quote.getSmeName());
    }

    /** For tests and demo: a category row preset. */
    CostLineRow addLine(CostCategory c, BigDecimal yuan, String text) {
        return addLine().with(c, yuan, text);
    }
}
