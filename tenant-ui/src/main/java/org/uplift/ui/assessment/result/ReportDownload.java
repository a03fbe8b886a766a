package org.uplift.ui.assessment.result;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.uplift.report.AssessmentReports;
import org.uplift.report.ReportNotFoundException;
import org.uplift.tenancy.TenantContext;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * The PDF report of an assessment as a download link. The report is rendered when the link is followed,
 * for the tenant and language of the page that offered it.
 */
final class ReportDownload {

    private ReportDownload() {
    }

    static Anchor of(AssessmentReports reports, String assessmentId, Locale locale, String label) {
        String tenantId = TenantContext.require();
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] report = TenantContext.callAs(tenantId, () -> reports.render(assessmentId, locale));
                return new DownloadResponse(new ByteArrayInputStream(report), AssessmentReports.fileName(assessmentId),
                        "application/pdf", report.length);
            } catch (ReportNotFoundException gone) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        });
        var link = new Anchor(pdf, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.FILE_TEXT_O.create());
        link.add(label);
        link.setId("download-report");
        return link;
    }
}
