package org.uplift.report;

import org.uplift.platform.Formats;
import org.uplift.subsidy.application.DecisionLetter;

/** Lays a decision letter out as one XHTML page, in the rendering set-up of the assessment report. */
final class DecisionLetterHtml {

    private static final String STYLE = """
            @page { size: A4; margin: 25mm 22mm 22mm 22mm; }
            body { font-family: '%1$s'; font-size: 11pt; color: #1f2933; line-height: 1.6; }
            h1 { font-size: 20pt; text-align: center; margin: 0 0 4pt 0; }
            .number { text-align: center; color: #52606d; margin-bottom: 16pt; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; }
            table { width: 100%%; border-collapse: collapse; }
            td { padding: 3pt 4pt; vertical-align: top; }
            td.label { color: #52606d; width: 32%%; }
            td.amount { font-size: 14pt; }
            .footer { margin-top: 28pt; color: #52606d; font-size: 8.5pt; }
            .sign { margin-top: 28pt; text-align: right; }
            """;

    private final DecisionLetter letter;
    private final ReportTexts texts;
    private final Xhtml html = new Xhtml();

    private DecisionLetterHtml(DecisionLetter letter, ReportTexts texts) {
        this.letter = letter;
        this.texts = texts;
    }

    static String write(DecisionLetter letter, ReportTexts texts) {
        return new DecisionLetterHtml(letter, texts).document();
    }

    private String document() {
        String lang = "zh".equals(texts.locale().getLanguage()) ? "zh-CN" : "en";
        html.raw("<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"/>")
                .element("title", t("applications.letter.title") + " " + letter.letterNumber())
                .raw("<style>" + STYLE.formatted(ReportHtml.FONT_FAMILY) + "</style></head><body>");
        html.element("h1", t("applications.letter.title"))
                .element("p", "number", t("applications.letter.number") + " " + letter.letterNumber());
        html.open("table");
        fact("applications.letter.authority", letter.authorityName());
        fact("applications.letter.sme", letter.smeName());
        fact("applications.letter.programme", texts.pick(letter.programmeName(), letter.programmeNameEn()));
        html.close("table");
        html.element("p", t("applications.letter.intro", letter.authorityName(), letter.smeName()));
        html.open("table");
        fact("applications.letter.eligibleCost", Formats.yuan(letter.eligibleCostFen()));
        fact("applications.letter.rate", Formats.points(letter.ratePercent()) + "%");
        html.open("tr").element("td", "label", t("applications.letter.amount"))
                .element("td", "amount", Formats.yuan(letter.amountFen())).close("tr");
        html.close("table");
        // paragraphs rather than list items: openhtmltopdf's list markers come out of place in extracted text
        html.element("h2", t("applications.letter.conditions"))
                .element("p", t("applications.letter.implementation", letter.implementationMonths()))
                .element("p", t("applications.letter.minimumLevel", letter.minimumLevel()));
        html.element("h2", t("applications.letter.decisions"));
        letter.decisions().forEach(d -> html.element("p", t("applications.letter.decisionAt", texts.date(d.at()),
                t("applications.stage." + d.stage()))));
        html.element("p", t("applications.letter.offer", texts.date(letter.decidedAt())));
        html.open("div", "sign").element("p", letter.authorityName())
                .element("p", t("applications.letter.date", texts.date(letter.decidedAt()))).close("div");
        html.element("p", "footer", t("applications.letter.footer"));
        return html.raw("</body></html>").toString();
    }

    private void fact(String labelKey, String value) {
        html.open("tr").element("td", "label", t(labelKey)).element("td", value).close("tr");
    }

    private String t(String key, Object... arguments) {
        return texts.t(key, arguments);
    }
}
