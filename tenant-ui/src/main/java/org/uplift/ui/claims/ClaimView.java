package org.uplift.ui.claims;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.uplift.assessment.evidence.EvidenceType;
import org.uplift.platform.Formats;
import org.uplift.subsidy.claim.ClaimEntry;
import org.uplift.subsidy.claim.ClaimFile;
import org.uplift.subsidy.claim.ClaimFileKind;
import org.uplift.subsidy.claim.ClaimFiling;
import org.uplift.subsidy.claim.ClaimUpload;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.UiFormats;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.subsidy.ClaimWork;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

/**
 * The claim of an accepted application, for each party's own copy: status, accepted amount, deadline, what was
 * filed (files downloadable by the SME and the authority), the disbursement, a rejection or clawback reason and the
 * history; the SME owner's filing form while the filing task is open, finance's decision while the approval is
 * offered to them, and the manager's clawback of a paid claim. Anyone else's id is "not found".
 */
@Route("applications/:applicationId/claim")
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER", "PROVIDER_ADMIN", "PROVIDER_CONSULTANT", "FINANCE_OFFICER",
        "PROGRAMME_MANAGER", "DISTRICT_OFFICER", "REVIEWER", "SENIOR_REVIEWER"})
public class ClaimView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Files chosen for the claim, held until it is filed so a claim is stored whole or not at all. */
    record Pending(String filename, byte[] content) {
    }

    private final transient SubsidyClaims claims;
    private final transient ClaimWork work;
    final TextField invoiceNumbers = new TextField();
    final Map<ClaimFileKind, Upload> uploads = new EnumMap<>(ClaimFileKind.class);
    final Map<ClaimFileKind, Span> fileErrors = new EnumMap<>(ClaimFileKind.class);
    final Map<ClaimFileKind, List<Pending>> pending = new EnumMap<>(ClaimFileKind.class);
    final DatePicker paymentDate = new DatePicker();
    final BigDecimalField amountPaid = new BigDecimalField();
    final Button file = new Button();
    final BigDecimalField disbursed = new BigDecimalField();
    final DatePicker paidOn = new DatePicker();
    final TextField reference = new TextField();
    final Button approve = new Button();
    final TextArea reason = new TextArea();
    final Button reject = new Button();
    final TextArea clawbackReason = new TextArea();
    final Button clawBack = new Button();
    private String applicationId;

    public ClaimView(SubsidyClaims claims, ClaimWork work) {
        this.claims = claims;
        this.work = work;
        addClassName("uplift-page");
        for (ClaimFileKind kind : ClaimFileKind.values()) {
            pending.put(kind, new ArrayList<>());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = event.getRouteParameters().get("applicationId").orElse(null);
        if (claims.find(applicationId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        SubsidyClaim c = claims.find(applicationId).orElseThrow();
        removeAll();
        var status = new Span(getTranslation("claims.status." + c.getStatus()));
        status.setId("claim-status");
        status.getElement().getThemeList().add("badge");
        add(new HorizontalLayout(new H2(getTranslation("claims.title", c.getProgrammeName())), status));
        add(line("claims.applicant", c.getSmeName()), line("claims.amount", Formats.yuan(c.getAmountFen())),
                line("claims.deadline", UiFormats.formats().dateTime(c.getDeadline(), getLocale())));
        if (c.getFiledAt() != null) {
            add(line("claims.invoiceNumbers", String.join(getTranslation("claims.listSeparator"),
                    c.getInvoiceNumbers())),
                    line("claims.paymentDate", date(c.getPaymentDate())),
                    line("claims.amountPaid", Formats.yuan(c.getAmountPaidFen())));
            boolean readsFiles = !c.getTenantId().equals(c.getProviderTenantId());
            if (readsFiles) {
                var files = new UnorderedList();
                files.setId("claim-files");
                c.getFiles().forEach(f -> files.add(new ListItem(new Span(getTranslation("claims.kind." + f.kind())
                        + getTranslation("claims.colon")), download(f))));
                add(files);
            }
        }
        if (c.getDisbursement() != null) {
            var d = c.getDisbursement();
            var paid = line("claims.disbursement", getTranslation("claims.disbursementValue", Formats.yuan(d.amountFen()),
                    date(d.paidOn()), d.reference()));
            paid.setId("claim-disbursement");
            add(paid);
        }
        if (c.getRejectionReason() != null) {
            var why = line("claims.rejectionReason", c.getRejectionReason());
            why.setId("claim-rejection");
            add(why);
        }
        if (c.getClawback() != null) {
            var why = line("claims.clawbackReason", c.getClawback().reason());
            why.setId("claim-clawback");
            add(why);
        }
        if (work.awaitsFiling(applicationId) && claims.mayFile(c)) {
            filingForm();
        }
        if (work.approval(applicationId).isPresent() && claims.mayDecide(c)) {
            decisionForm(c);
        }
        if (claims.mayClawBack(c)) {
            clawbackForm();
        }
        var history = new Grid<ClaimEntry>();
        history.addColumn(e -> UiFormats.formats().dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("claims.history.at"));
        history.addColumn(e -> getTranslation("claims.history." + e.action())).setHeader(getTranslation("claims.history.what"));
        history.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("claims.history.note"));
        history.setItems(c.getHistory());
        history.setAllRowsVisible(true);
        history.setId("claim-history");
        add(new H3(getTranslation("claims.history")), history);
    }

    private void filingForm() {
        add(new H3(getTranslation("claims.file.title")), new Paragraph(getTranslation("claims.file.hint")));
        invoiceNumbers.setLabel(getTranslation("claims.invoiceNumbers"));
        invoiceNumbers.setHelperText(getTranslation("claims.invoiceNumbers.hint"));
        invoiceNumbers.setId("claim-invoice-numbers");
        invoiceNumbers.setWidthFull();
        add(invoiceNumbers);
        for (ClaimFileKind kind : ClaimFileKind.values()) {
            Upload upload = new Upload();
            upload.setId("claim-upload-" + kind.name().toLowerCase());
            upload.setAcceptedFileTypes(Stream.concat(EvidenceType.acceptedExtensions().stream(),
                    EvidenceType.acceptedContentTypes().stream()).toArray(String[]::new));
            upload.setMaxFiles(claims.properties().maxFiles());
            upload.setUploadButton(new Button(getTranslation("claims.addFiles." + kind)));
            upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                    ui -> ui.access(() -> choose(kind, metadata.fileName(), bytes)))));
            Span error = new Span();
            error.setId("claim-file-error-" + kind.name().toLowerCase());
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            error.setVisible(false);
            uploads.put(kind, upload);
            fileErrors.put(kind, error);
            add(new Span(getTranslation("claims.kind." + kind)), upload, error);
        }
        paymentDate.setLabel(getTranslation("claims.paymentDate"));
        paymentDate.setId("claim-payment-date");
        amountPaid.setLabel(getTranslation("claims.amountPaid"));
        amountPaid.setSuffixComponent(new Span(getTranslation("claims.yuan")));
        amountPaid.setId("claim-amount-paid");
        file.setText(getTranslation("claims.file.submit"));
        file.setId("claim-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> fileClaim());
        add(new HorizontalLayout(paymentDate, amountPaid), file);
    }

    /** A file the owner chose; it is stored only when the claim is filed. */
    void choose(ClaimFileKind kind, String filename, byte[] content) {
        pending.get(kind).add(new Pending(filename, content));
    }

    void fileClaim() {
        FieldErrors errors = new FieldErrors().bind("invoiceNumbers", invoiceNumbers).bind("paymentDate", paymentDate)
                .bind("amountPaidFen", amountPaid);
        fileErrors.values().forEach(s -> s.setVisible(false));
        try {
            List<String> numbers = Arrays.stream(invoiceNumbers.getValue().split("[,，;；\\s]+"))
                    .filter(n -> !n.isBlank()).toList();
            work.file(applicationId, new ClaimFiling(numbers, uploads(ClaimFileKind.INVOICE), paymentDate.getValue(),
                    fen(amountPaid.getValue()), uploads(ClaimFileKind.PAYMENT), uploads(ClaimFileKind.USAGE)));
            show();
        } catch (InputRejectedException rejected) {
            List<Violation> onFiles = new ArrayList<>();
            for (ClaimFileKind kind : ClaimFileKind.values()) {
                var mine = rejected.violations().stream().filter(v -> v.field().equals(kind.field())).toList();
                if (!mine.isEmpty()) {
                    Span error = fileErrors.get(kind);
                    error.setText(String.join(" ", mine.stream()
                            .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).toList()));
                    error.setVisible(true);
                    onFiles.addAll(mine);
                }
            }
            if (rejected.violations().stream().anyMatch(v -> v.messageKey().startsWith("validation.evidence"))) {
                pending.values().forEach(List::clear);
                uploads.values().forEach(Upload::clearFileList);
            }
            if (onFiles.size() < rejected.violations().size()) {
                errors.show(new InputRejectedException(rejected.violations().stream()
                        .filter(v -> !onFiles.contains(v)).toList()), this);
            }
        }
    }

    private List<ClaimUpload> uploads(ClaimFileKind kind) {
        return pending.get(kind).stream()
                .map(p -> new ClaimUpload(p.filename(), p.content().length, new ByteArrayInputStream(p.content())))
                .toList();
    }

    private void decisionForm(SubsidyClaim c) {
        add(new H3(getTranslation("claims.decide.title")));
        disbursed.setLabel(getTranslation("claims.decide.amount"));
        disbursed.setSuffixComponent(new Span(getTranslation("claims.yuan")));
        disbursed.setValue(Formats.yuanAmount(c.getAmountFen()));
        disbursed.setId("claim-disbursed");
        paidOn.setLabel(getTranslation("claims.decide.paidOn"));
        paidOn.setValue(LocalDate.now(UiFormats.formats().zone()));
        paidOn.setId("claim-paid-on");
        reference.setLabel(getTranslation("claims.decide.reference"));
        reference.setId("claim-reference");
        approve.setText(getTranslation("claims.decide.approve"));
        approve.setId("claim-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(e -> decide(true));
        reason.setLabel(getTranslation("claims.decide.reason"));
        reason.setId("claim-reason");
        reason.setWidthFull();
        reject.setText(getTranslation("claims.decide.reject"));
        reject.setId("claim-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(e -> decide(false));
        add(new HorizontalLayout(disbursed, paidOn, reference), approve, reason, reject);
    }

    void decide(boolean approving) {
        FieldErrors errors = new FieldErrors().bind("amountFen", disbursed).bind("paidOn", paidOn)
                .bind("reference", reference).bind("reason", reason);
        try {
            if (approving) {
                work.approve(applicationId, fen(disbursed.getValue()), paidOn.getValue(), reference.getValue());
            } else {
                work.reject(applicationId, reason.getValue());
            }
            show();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    private void clawbackForm() {
        add(new H3(getTranslation("claims.clawback.title")));
        clawbackReason.setLabel(getTranslation("claims.clawback.reason"));
        clawbackReason.setId("claim-clawback-reason");
        clawbackReason.setWidthFull();
        clawBack.setText(getTranslation("claims.clawback.submit"));
        clawBack.setId("claim-clawback-submit");
        clawBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        clawBack.addClickListener(e -> clawBack());
        add(clawbackReason, clawBack);
    }

    void clawBack() {
        FieldErrors errors = new FieldErrors().bind("reason", clawbackReason);
        try {
            claims.clawBack(applicationId, clawbackReason.getValue());
            show();
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
        }
    }

    /** Yuan as entered, in fen; 0 (refused by the domain as not positive) when empty or finer than a fen. */
    private static long fen(BigDecimal yuan) {
        return Formats.fen(yuan).orElse(0L);
    }

    private Anchor download(ClaimFile f) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> claims.file(applicationId, f.fileId())
                .map(c -> new DownloadResponse(c.content(), c.file().filename(), c.file().contentType(), c.file().size()))
                .orElseGet(() -> DownloadResponse.error(404))), f.filename());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("data-file-id", f.fileId());
        return link;
    }

    private String date(LocalDate date) {
        return date == null ? Formats.NONE
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(date);
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(getTranslation(key) + getTranslation("claims.colon") + value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("claims.pageTitle");
    }
}
