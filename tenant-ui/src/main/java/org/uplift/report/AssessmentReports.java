package org.uplift.report;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.uplift.platform.Formats;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * PDF reports of the current tenant's submitted or published assessments, with the content of the result
 * page, in Chinese or English.
 */
@Service
public class AssessmentReports {

    static final String PRODUCER = "Uplift";

    private final ReportContents contents;
    private final ReportPdf pdf;
    private final I18NProvider i18n;
    private final Formats formats;

    AssessmentReports(ReportContents contents, ReportPdf pdf, I18NProvider i18n, Formats formats) {
        this.contents = contents;
        this.pdf = pdf;
        this.i18n = i18n;
        this.formats = formats;
    }

    /**
     * The report as PDF bytes (no locale: Chinese). Needs a tenant in {@link org.uplift.tenancy.TenantContext}.
     *
     * @throws ReportNotFoundException for an unknown id, another tenant's assessment, or a draft
     */
    public byte[] render(String assessmentId, Locale locale) {
        ReportContent content = contents.of(assessmentId).orElseThrow(() -> new ReportNotFoundException(assessmentId));
        return pdf.write(ReportHtml.write(content, new ReportTexts(i18n, formats,
                locale == null ? Locale.SIMPLIFIED_CHINESE : locale)), PRODUCER);
    }

    /** A file name for the download, e.g. {@code uplift-assessment-<id>.pdf}. */
    public static String fileName(String assessmentId) {
        return "uplift-assessment-" + assessmentId.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
    }
}
