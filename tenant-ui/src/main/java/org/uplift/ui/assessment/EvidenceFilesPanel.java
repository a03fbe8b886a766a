package org.uplift.ui.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.assessment.evidence.EvidenceType;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.TenantContext;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;

/**
 * The evidence files of one indicator (question) of an assessment (一企一档): the list with download
 * links and, when editable, an upload and a remove button per file. Self-contained: embed it under
 * the question it belongs to.
 * <p>
 * {@code new EvidenceFilesPanel(evidenceFiles, assessmentId, "Q3", draftAndMayAnswer, currentUser.require())}.
 * Ids: the upload is {@code evidence-upload-<indicatorKey>}, the list {@code evidence-files-<indicatorKey>},
 * a refusal message {@code evidence-error-<indicatorKey>}. An upload streams straight into
 * {@link EvidenceFiles}, which checks type, content and size; the browser refuses wrong types and
 * oversized files before sending them.
 */
public class EvidenceFilesPanel extends VerticalLayout {

    private final transient EvidenceFiles files;
    private final String assessmentId;
    private final String indicatorKey;
    private final UpliftPrincipal user;
    private final boolean editable;
    private final UnorderedList list = new UnorderedList();
    private final Upload upload = new Upload();
    private final Span error = new Span();

    /**
     * @param editable whether files may be added and removed (a draft, and the user may answer this indicator)
     * @param user     whose tenant the UI updates run in (who may attach is decided by the domain, live)
     */
    public EvidenceFilesPanel(EvidenceFiles files, String assessmentId, String indicatorKey, boolean editable,
            UpliftPrincipal user) {
        this.files = files;
        this.assessmentId = assessmentId;
        this.indicatorKey = indicatorKey;
        this.user = user;
        this.editable = editable;
        setPadding(false);
        setSpacing(false);
        addClassName("evidence-files");

        list.setId("evidence-files-" + indicatorKey);
        list.getElement().setAttribute("aria-label", getTranslation("evidence.title"));
        error.setId("evidence-error-" + indicatorKey);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(list);

        if (editable) {
            upload.setId("evidence-upload-" + indicatorKey);
            upload.setAcceptedFileTypes(Stream.concat(EvidenceType.acceptedExtensions().stream(),
                    EvidenceType.acceptedContentTypes().stream()).toArray(String[]::new));
            upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, files.maxFileSize()));
            upload.setUploadButton(new Button(getTranslation("evidence.upload")));
            upload.setDropLabel(new Span(getTranslation("evidence.drop")));
            upload.setUploadHandler(this::receive);
            upload.addFileRejectedListener(this::rejectedByBrowser);
            var hint = new Span(getTranslation("evidence.hint", files.readableMaxFileSize()));
            hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            add(upload, hint, error);
        } else {
            add(error);
        }
        refresh();
    }

    /**
     * Runs on the upload request, without holding the UI: the UI is updated through {@link UI#access},
     * which may run on another thread, so it is given the user's tenant explicitly.
     */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try (InputStream content = event.getInputStream()) {
            EvidenceFile stored = files.attach(assessmentId, indicatorKey, event.getFileName(), event.getFileSize(),
                    content);
            ui.access(() -> TenantContext.runAs(user.tenantId(), () -> {
                clearError();
                upload.clearFileList();
                refresh();
                Notices.success(getTranslation("evidence.attached", stored.filename()));
            }));
        } catch (InputRejectedException rejected) {
            ui.access(() -> {
                upload.clearFileList();
                showError(rejected.violations());
            });
        }
    }

    private void rejectedByBrowser(FileRejectedEvent event) {
        Violation reason = EvidenceType.accepts(event.getFileName()) ? files.tooLarge() : files.disallowedType();
        showError(List.of(reason));
    }

    private void remove(EvidenceFile file) {
        try {
            files.remove(file.id());
            clearError();
            Notices.success(getTranslation("evidence.removed", file.filename()));
        } catch (InputRejectedException rejected) {
            showError(rejected.violations());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<EvidenceFile> current = files.list(assessmentId, indicatorKey);
        if (current.isEmpty()) {
            var none = new ListItem(getTranslation("evidence.none"));
            none.addClassName("evidence-none");
            list.add(none);
        }
        current.forEach(file -> list.add(item(file)));
    }

    private ListItem item(EvidenceFile file) {
        var download = new Anchor(DownloadHandler.fromInputStream(event -> files.open(file.id())
                .map(content -> new DownloadResponse(content.content(), content.file().filename(),
                        content.file().contentType(), content.file().size()))
                .orElseGet(() -> DownloadResponse.error(404))), AttachmentType.DOWNLOAD, file.filename());
        var size = new Span(" (" + readable(file.size()) + ")");
        var item = new ListItem(download, size);
        item.getElement().setAttribute("data-file-id", file.id());
        if (editable) {
            var remove = new Button(getTranslation("evidence.remove"), e -> remove(file));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setId("evidence-remove-" + file.id());
            item.add(remove);
        }
        return item;
    }

    private void showError(List<Violation> violations) {
        error.setText(String.join(" ", violations.stream()
                .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).toList()));
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    static String readable(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return bytes + " B";
    }
}
