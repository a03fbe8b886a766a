package org.uplift.report;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.uplift.platform.Formats;
import org.uplift.subsidy.application.DecisionLetters;
import org.uplift.subsidy.application.SubsidyApplication;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The decision letter of an application with an offer as PDF, in Chinese or English, written like the assessment
 * report (same renderer and bundled CJK font). Who may have it is decided by {@link DecisionLetters}.
 */
@Service
public class DecisionLetterPdf {

    private final DecisionLetters letters;
    private final ReportPdf pdf;
    private final I18NProvider i18n;
    private final Formats formats;

    DecisionLetterPdf(DecisionLetters letters, ReportPdf pdf, I18NProvider i18n, Formats formats) {
        this.letters = letters;
        this.pdf = pdf;
        this.i18n = i18n;
        this.formats = formats;
    }

    /** Whether the current user may download the application's letter now. */
    public boolean available(SubsidyApplication application) {
        return letters.available(application);
    }

    /**
     * The letter as PDF bytes (no locale: Chinese).
     *
     * @throws org.uplift.validation.InputRejectedException ({@link DecisionLetters#NO_LETTER}) when there is none
     *                                                      for the current user
     */
    public byte[] render(String applicationId, Locale locale) {
        var letter = letters.letter(applicationId);
        return pdf.write(DecisionLetterHtml.write(letter, new ReportTexts(i18n, formats,
                locale == null ? Locale.SIMPLIFIED_CHINESE : locale)), AssessmentReports.PRODUCER);
    }

    /** e.g. {@code uplift-decision-letter-<id>.pdf}. */
    public static String fileName(String applicationId) {
        return "uplift-decision-letter-" + applicationId.replaceAll("[^A-Za-z0-9-]", "") + ".pdf";
    }
}
