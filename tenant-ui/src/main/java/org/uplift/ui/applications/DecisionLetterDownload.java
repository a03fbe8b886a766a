package org.uplift.ui.applications;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.uplift.report.DecisionLetterPdf;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The decision letter of an application as a download link, shown only while the current user may have it
 * ({@link DecisionLetterPdf#available}). Rendered when followed, for the page's tenant and language.
 */
class DecisionLetterDownload extends Anchor {

    DecisionLetterDownload(SubsidyApplication application) {
        DecisionLetterPdf letters = VaadinService.getCurrent().getInstantiator().getOrCreate(DecisionLetterPdf.class);
        setId("download-decision-letter");
        setVisible(letters.available(application));
        if (!isVisible()) {
            return;
        }
        String tenantId = TenantContext.require();
        String applicationId = application.getApplicationId();
        Locale locale = getLocale();
        setHref(DownloadHandler.fromInputStream(event -> {
            try {
                byte[] pdf = TenantContext.callAs(tenantId, () -> letters.render(applicationId, locale));
                return new DownloadResponse(new ByteArrayInputStream(pdf), DecisionLetterPdf.fileName(applicationId),
                        "application/pdf", pdf.length);
            } catch (InputRejectedException none) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), AttachmentType.DOWNLOAD);
        add(VaadinIcon.FILE_TEXT_O.create());
        add(getTranslation("applications.letter.download"));
    }
}
