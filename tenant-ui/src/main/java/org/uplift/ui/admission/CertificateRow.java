package org.uplift.ui.admission;

import org.uplift.marketplace.admission.CertificateInput;
import org.uplift.ui.component.FieldErrors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One certificate of the pool application: name, number, issuer, valid until and its scan, which stays in memory
 * until the whole form is submitted (nothing is stored before). Row 0 keeps the ids the form always had.
 */
class CertificateRow extends Div {

    final TextField name = new TextField();
    final TextField number = new TextField();
    final TextField issuer = new TextField();
    final DatePicker validUntil = new DatePicker();
    final TextField file = new TextField();
    final Upload upload = new Upload();
    final Button remove = new Button();
    private byte[] scan;

    CertificateRow(int index, Runnable onRemove) {
        addClassName("uplift-card");
        String suffix = index == 0 ? "" : "-" + index;
        label(name, "name", "application-certificates" + suffix + "-name");
        label(number, "number", "application-certificates" + suffix + "-number");
        label(issuer, "issuer", "application-certificates" + suffix + "-issuer");
        label(validUntil, "validUntil", "certificates-" + index + "-validUntil");
        label(file, "file", "application-certificates" + suffix + "-file");
        file.setReadOnly(true);
        upload.setId("certificate-upload" + suffix);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", "application/pdf", "image/png", "image/jpeg");
        upload.setMaxFiles(1);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                ui -> ui.access(() -> receive(metadata.fileName(), bytes)))));
        remove.setText(getTranslation("admission.certificate.remove"));
        remove.setId("certificate-remove" + suffix);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> onRemove.run());
        remove.setVisible(index > 0);
        add(name, number, issuer, validUntil, file, upload, remove);
    }

    private void label(AbstractField<?, ?> field, String key, String id) {
        field.setId(id);
        ((HasLabel) field).setLabel(getTranslation("admission.field." + key));
    }

    /** A scan arrived; kept until submit. */
    void receive(String fileName, byte[] bytes) {
        this.scan = bytes;
        file.setValue(fileName);
    }

    CertificateInput input() {
        return new CertificateInput(name.getValue(), number.getValue(), issuer.getValue(), validUntil.getValue(),
                file.getValue(), scan);
    }

    /** Binds this row's fields to the violations of the certificate at this position. */
    void bind(FieldErrors errors, int index) {
        String prefix = "certificates[" + index + "].";
        errors.bind(prefix + "name", name).bind(prefix + "number", number).bind(prefix + "issuer", issuer)
                .bind(prefix + "validUntil", validUntil).bind(prefix + "file", (HasValidation) file);
    }
}
