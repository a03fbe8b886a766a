package org.uplift.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Writes report XHTML as PDF with the bundled CJK font (a TrueType subset of WenQuanYi Micro Hei, see
 * {@code fonts/NOTICE.txt}), embedded as a subset of the glyphs used. The font file is read once; each
 * document parses it from memory, so renders share no mutable font state and can run concurrently.
 */
@Component
class ReportPdf {

    static final String FONT = "fonts/WenQuanYiMicroHei-CJK.ttf";

    private final byte[] font;

    ReportPdf() {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + FONT + " is missing from the class path");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report font " + FONT, e);
        }
    }

    byte[] write(String xhtml, String producer) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useFont(() -> new ByteArrayInputStream(font), ReportHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
        // The document is self-contained: nothing (images, style sheets, fonts) is ever fetched.
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withProducer(producer);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report", e);
        }
        return pdf.toByteArray();
    }
}
