package org.uplift.ui.engagements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.uplift.assessment.evidence.EvidenceType;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestone;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.engagement.EngagementPermission;
import org.uplift.marketplace.engagement.EvidenceUpload;
import org.uplift.marketplace.engagement.MilestoneEvidence;
import org.uplift.marketplace.engagement.MilestoneState;
import org.uplift.ui.component.FieldErrors;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One milestone of an engagement: title, deliverable, due date (highlighted when overdue), state, the latest
 * delivery with its evidence downloads, and the steps the current actor may take on it (deliver with files, or
 * confirm / send back). Steps raise no events of their own: the view re-reads the engagement after each.
 * Ids end with the milestone's index: {@code milestone-state-0}, {@code deliver-note-0}, {@code deliver-0}, …
 */
class MilestonePanel extends VerticalLayout {

    /** Files chosen for the next delivery, held until it is sent so a delivery is stored whole or not at all. */
    record Pending(String filename, byte[] content) {
    }

    private final transient EngagementMilestones milestones;
    private final String engagementId;
    private final int index;
    private final transient Runnable changed;
    final TextArea note = new TextArea();
    final Upload upload = new Upload();
    final Span fileError = new Span();
    final List<Pending> pending = new ArrayList<>();

    MilestonePanel(EngagementMilestones milestones, Engagement e, int index, EngagementPermission may,
            LocalDate today, Runnable changed, SendBackDialog sendBack) {
        this.milestones = milestones;
        this.engagementId = e.getEngagementId();
        this.index = index;
        this.changed = changed;
        EngagementMilestone m = e.getMilestones().get(index);
        setId("milestone-" + index);
        addClassName("milestone");
        setPadding(false);
        var state = new Span(getTranslation("engagement.milestone.state." + m.state()));
        state.setId("milestone-state-" + index);
        state.getElement().getThemeList().add("badge" + (m.state() == MilestoneState.CONFIRMED ? " success"
                : m.state() == MilestoneState.SENT_BACK ? " error" : ""));
        var due = new Span(getTranslation("engagement.due") + getTranslation("engagement.colon")
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(m.due()));
        due.setId("milestone-due-" + index);
        if (m.isOverdue(today)) {
            due.addClassName("overdue");
            due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            due.setText(due.getText() + " " + getTranslation("engagement.milestone.overdue"));
        }
        add(new HorizontalLayout(new H4((index + 1) + ". " + m.title()), state),
                new Paragraph(getTranslation("engagement.deliverable") + getTranslation("engagement.colon")
                        + m.deliverable()), due);
        if (m.deliveryNote() != null) {
            var delivered = new Paragraph(getTranslation("engagement.milestone.deliveryNote")
                    + getTranslation("engagement.colon") + m.deliveryNote());
            delivered.setId("milestone-note-" + index);
            add(delivered);
        }
        if (!m.evidence().isEmpty()) {
            var files = new UnorderedList();
            files.setId("milestone-evidence-" + index);
            m.evidence().forEach(f -> files.add(new ListItem(download(f))));
            add(files);
        }
        if (m.state() == MilestoneState.SENT_BACK && m.sendBackReason() != null) {
            var reason = new Paragraph(getTranslation("engagement.milestone.sentBackReason")
                    + getTranslation("engagement.colon") + m.sendBackReason());
            reason.setId("milestone-reason-" + index);
            add(reason);
        }
        if (may.deliver() && m.state().awaitsDelivery()) {
            addDeliveryForm();
        }
        if (may.decide() && m.state() == MilestoneState.DELIVERED) {
            var confirm = new Button(getTranslation("engagement.milestone.confirm"), ev -> confirm());
            confirm.setId("confirm-" + index);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var back = new Button(getTranslation("engagement.milestone.sendBack"), ev -> sendBack.open(index));
            back.setId("send-back-" + index);
            add(new HorizontalLayout(confirm, back));
        }
    }

    private Anchor download(MilestoneEvidence f) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> milestones.evidence(engagementId, f.fileId())
                .map(c -> new DownloadResponse(c.content(), c.file().filename(), c.file().contentType(), c.file().size()))
                .orElseGet(() -> DownloadResponse.error(404))), f.filename());
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("data-file-id", f.fileId());
        return link;
    }

    private void addDeliveryForm() {
        note.setId("deliver-note-" + index);
        note.setLabel(getTranslation("engagement.milestone.deliveryNote"));
        note.setWidthFull();
        upload.setId("deliver-upload-" + index);
        upload.setAcceptedFileTypes(Stream.concat(EvidenceType.acceptedExtensions().stream(),
                EvidenceType.acceptedContentTypes().stream()).toArray(String[]::new));
        upload.setMaxFiles(EngagementMilestones.MAX_FILES);
        upload.setUploadButton(new Button(getTranslation("engagement.milestone.addFiles")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> choose(metadata.fileName(), bytes)))));
        fileError.setId("deliver-file-error-" + index);
        fileError.getStyle().set("color", "var(--lumo-error-text-color)");
        fileError.setVisible(false);
        var deliver = new Button(getTranslation("engagement.milestone.deliver"), ev -> deliver());
        deliver.setId("deliver-" + index);
        deliver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, upload, new Span(getTranslation("engagement.milestone.filesHint")), fileError, deliver);
    }

    /** A file the provider chose for this delivery; it is stored only when the delivery is sent. */
    void choose(String filename, byte[] content) {
        pending.add(new Pending(filename, content));
    }

    void deliver() {
        FieldErrors errors = new FieldErrors().bind("note", note);
        fileError.setVisible(false);
        try {
            milestones.deliver(engagementId, index, note.getValue(), pending.stream()
                    .map(p -> new EvidenceUpload(p.filename(), p.content().length,
                            new ByteArrayInputStream(p.content())))
                    .toList());
            changed.run();
        } catch (InputRejectedException rejected) {
            var onFiles = rejected.violations().stream().filter(v -> v.field().equals("file")).toList();
            if (!onFiles.isEmpty()) {
                fileError.setText(String.join(" ", onFiles.stream()
                        .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).toList()));
                fileError.setVisible(true);
                pending.clear();
                upload.clearFileList();
            }
            if (onFiles.size() < rejected.violations().size()) {
                errors.show(rejected, this);
            }
        }
    }

    void confirm() {
        try {
            milestones.confirm(engagementId, index);
            changed.run();
        } catch (InputRejectedException rejected) {
            new FieldErrors().show(rejected, this);
        }
    }
}
