package org.uplift.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.Distribution;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.assessment.benchmark.SegmentStatistics;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.framework.ScenarioLevel;
import org.uplift.assessment.framework.ScoringMethod;
import org.uplift.assessment.gap.Gap;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.platform.Formats;

/** Lays a report's content out as one XHTML document, section by section as on the result page. */
final class ReportHtml {

    static final String FONT_FAMILY = "uplift-cjk";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final String STYLE = """
            @page { size: A4; margin: 16mm 15mm 18mm 15mm;
              @bottom-center { content: counter(page) " / " counter(pages); font-family: '%1$s'; font-size: 8pt; color: #777; } }
            body { font-family: '%1$s'; font-size: 9.5pt; color: #1f2933; line-height: 1.45; }
            h1 { font-size: 18pt; color: #1a3c6e; margin: 0 0 6pt 0; }
            h2 { font-size: 13pt; color: #1a3c6e; border-bottom: 1pt solid #1a3c6e; margin: 14pt 0 6pt 0; padding-bottom: 2pt; }
            h3 { font-size: 10.5pt; margin: 10pt 0 4pt 0; }
            p { margin: 3pt 0; }
            table { width: 100%%; border-collapse: collapse; margin: 2pt 0 8pt 0; -fs-table-paginate: paginate; }
            th, td { border-bottom: 0.5pt solid #cfd6df; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background-color: #eef2f7; font-size: 8.5pt; }
            tr { page-break-inside: avoid; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            th.name { width: 20%%; }
            td.short, th.short { width: 12%%; }
            table.facts td { border: none; padding: 1pt 4pt 1pt 0; }
            table.facts td.label { color: #52606d; width: 28%%; }
            .headline { margin: 4pt 0 8pt 0; }
            .figure { font-size: 20pt; color: #1a3c6e; }
            .unit { color: #52606d; }
            .second { margin-left: 28pt; }
            .bar { background-color: #e4e9f0; height: 6pt; width: 100%%; margin-top: 3pt; }
            .bar div { background-color: #2f6fb3; height: 6pt; }
            .muted { color: #52606d; }
            .note { color: #52606d; font-size: 8.5pt; }
            """;

    private final ReportContent report;
    private final ReportTexts texts;
    private final Framework framework;
    private final Assessment assessment;
    private final Xhtml html = new Xhtml();

    private ReportHtml(ReportContent report, ReportTexts texts) {
        this.report = report;
        this.texts = texts;
        this.framework = report.framework();
        this.assessment = report.assessment();
    }

    static String write(ReportContent report, ReportTexts texts) {
        return new ReportHtml(report, texts).document();
    }

    private String document() {
        String lang = "zh".equals(texts.locale().getLanguage()) ? "zh-CN" : "en";
        html.raw("<html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"/>")
                .element("title", t("report.title") + " – " + report.organisationName())
                .raw("<style>" + STYLE.formatted(FONT_FAMILY) + "</style></head><body>");
        facts();
        overall();
        scenarios();
        gap();
        peers();
        history();
        return html.raw("</body></html>").toString();
    }

    private void facts() {
        html.element("h1", t("report.title")).open("table", "facts");
        fact("report.organisation", report.organisationName());
        fact("report.framework", texts.pick(framework.nameZh(), framework.nameEn()));
        fact("report.frameworkVersion", framework.version());
        fact("report.status", t("report.status." + assessment.getStatus()));
        fact("report.submittedAt", texts.date(assessment.getSubmittedAt()));
        fact("report.assessmentId", assessment.getId());
        fact("report.generatedAt", texts.date(report.generatedAt()));
        html.close("table");
    }

    private void fact(String labelKey, String value) {
        html.open("tr").element("td", "label", t(labelKey)).element("td", value).close("tr");
    }

    private void overall() {
        html.element("h2", t("report.overall")).open("div", "headline")
                .element("span", "muted", t("report.totalScore") + " ")
                .element("span", "figure", ReportTexts.number(assessment.getTotalScore()))
                .element("span", "unit", " / " + ReportTexts.number(totalMax()));
        if (report.level() != null) {
            html.element("span", "muted second", t("report.level") + " ")
                    .element("span", "figure", texts.level(report.level()));
        }
        html.close("div");
        if (report.level() == null) {
            html.element("p", "note", t("report.noLevels"));
        }
        html.element("h3", t("report.dimensions")).open("table").open("tr")
                .element("th", t("report.dimension")).element("th", "num", t("report.score"))
                .element("th", "num", t("report.maxScore")).element("th", t("report.share")).close("tr");
        for (Dimension dimension : framework.dimensions()) {
            BigDecimal score = assessment.getDimensionScores().get(dimension.key());
            BigDecimal max = dimensionMax(dimension);
            html.open("tr").element("td", texts.pick(dimension.nameZh(), dimension.nameEn()))
                    .element("td", "num", ReportTexts.number(score)).element("td", "num", ReportTexts.number(max))
                    .open("td");
            bar(score, max);
            html.close("td").close("tr");
        }
        html.close("table");
    }

    private void bar(BigDecimal score, BigDecimal max) {
        BigDecimal share = score == null || max.signum() == 0 ? BigDecimal.ZERO
                : score.multiply(HUNDRED).divide(max, 1, RoundingMode.HALF_UP).min(HUNDRED).max(BigDecimal.ZERO);
        html.open("div", "bar").openStyled("div", "fill", "width: " + share.toPlainString() + "%").close("div")
                .close("div");
    }

    private BigDecimal dimensionMax(Dimension dimension) {
        return framework.scoring() == ScoringMethod.SUM_OF_POINTS ? dimension.maxPoints() : HUNDRED;
    }

    private BigDecimal totalMax() {
        return framework.scoring() == ScoringMethod.SUM_OF_POINTS
                ? framework.dimensions().stream().map(Dimension::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                : HUNDRED;
    }

    private void scenarios() {
        if (framework.scenarioAreas().isEmpty()) {
            return;
        }
        html.element("h2", t("report.scenarios"));
        for (ScenarioArea area : framework.scenarioAreas()) {
            html.element("h3", texts.pick(area.nameZh(), area.nameEn())).open("table").open("tr")
                    .element("th", "name", t("report.scenario")).element("th", "short", t("report.constrained"))
                    .element("th", "short", t("report.rating")).element("th", t("report.descriptor")).close("tr");
            for (Scenario scenario : area.scenarios()) {
                int rating = assessment.getScenarioRatings().getOrDefault(scenario.key(), 0);
                String descriptor = scenario.levels().stream().filter(l -> l.level() == rating).findFirst()
                        .map(this::descriptor).orElse("");
                html.open("tr").element("td", texts.pick(scenario.nameZh(), scenario.nameEn()))
                        .element("td", "short", scenario.constrained() ? t("report.constrainedYes") : "")
                        .element("td", "short", rating == 0 ? t("report.rating.none") : texts.level(rating))
                        .element("td", descriptor).close("tr");
            }
            html.close("table");
        }
    }

    private String descriptor(ScenarioLevel level) {
        return texts.pick(level.zh(), level.en());
    }

    private void gap() {
        if (report.level() == null) {
            return;
        }
        if (report.gap().isEmpty()) {
            html.element("h2", t("report.gap")).element("p", t("report.gap.top"));
            return;
        }
        Gap gap = report.gap().get();
        String target = texts.level(gap.targetLevel());
        html.element("h2", t("report.gap.to", target));
        html.element("p", gap.pointsMissing().signum() > 0
                ? t("report.gap.points", ReportTexts.number(gap.pointsMissing())) : t("report.gap.pointsMet"));
        html.element("p", gap.scenariosMissing() > 0 || gap.constrainedMissing() > 0
                ? t("report.gap.scenarios", String.valueOf(gap.scenariosMissing()), target,
                        String.valueOf(gap.constrainedMissing()))
                : t("report.gap.scenariosMet"));
        if (!gap.scenarioSteps().isEmpty()) {
            html.element("h3", t("report.gap.scenarioSteps")).open("table").open("tr")
                    .element("th", t("report.scenario")).element("th", t("report.constrained"))
                    .element("th", t("report.gap.currentRating")).element("th", t("report.gap.targetRating"))
                    .close("tr");
            for (Gap.ScenarioStep step : gap.scenarioSteps()) {
                Scenario scenario = framework.scenario(step.scenarioKey()).orElseThrow();
                html.open("tr").element("td", texts.pick(scenario.nameZh(), scenario.nameEn()))
                        .element("td", step.constrained() ? t("report.constrainedYes") : "")
                        .element("td", step.currentLevel() == 0 ? t("report.rating.none") : texts.level(step.currentLevel()))
                        .element("td", texts.level(step.targetLevel())).close("tr");
            }
            html.close("table");
        }
        if (!gap.questionSteps().isEmpty()) {
            html.element("h3", t("report.gap.questionSteps")).open("table").open("tr")
                    .element("th", t("report.gap.question")).element("th", t("report.gap.option"))
                    .element("th", "num", t("report.gap.gain")).close("tr");
            for (Gap.QuestionStep step : gap.questionSteps()) {
                Question question = framework.question(step.questionKey()).orElseThrow();
                String option = question.option(step.option()).map(o -> step.option() + ". " + texts.pick(o.zh(), o.en()))
                        .orElse(step.option());
                html.open("tr").element("td", step.questionKey() + " " + texts.pick(question.titleZh(), question.titleEn()))
                        .element("td", option).element("td", "num", "+" + ReportTexts.number(step.gain()))
                        .close("tr");
            }
            html.close("table");
        }
    }

    private void peers() {
        html.element("h2", t("report.peers"));
        Comparison comparison = report.peers().comparison();
        if (comparison instanceof Comparison.TooFewPeers tooFew) {
            html.element("p", t("report.peers.tooFew", String.valueOf(tooFew.required())));
            return;
        }
        SegmentStatistics statistics = ((Comparison.Available) comparison).statistics();
        html.element("p", t("report.peers.group", segmentName(report.peers().segment()),
                String.valueOf(statistics.count())));
        html.open("table").open("tr").element("th", t("report.dimension")).element("th", "num", t("report.peers.you"))
                .element("th", "num", t("report.peers.median")).element("th", "num", t("report.peers.quartiles"))
                .element("th", "num", t("report.peers.mean")).close("tr");
        for (Dimension dimension : framework.dimensions()) {
            peerRow(texts.pick(dimension.nameZh(), dimension.nameEn()),
                    assessment.getDimensionScores().get(dimension.key()), statistics.dimensions().get(dimension.key()));
        }
        peerRow(t("report.total"), assessment.getTotalScore(), statistics.total());
        html.close("table");
        peerLevels(statistics);
    }

    /** How many peers are at each level; only when the segment shows it (k-anonymity). */
    private void peerLevels(SegmentStatistics statistics) {
        if (statistics.levels().isEmpty()) {
            return;
        }
        html.element("p", t("report.peers.levels"));
        html.open("table").open("tr");
        for (int level = 0; level <= 4; level++) {
            html.element("th", "num", texts.level(level));
        }
        html.close("tr").open("tr");
        boolean anyHidden = false;
        for (int level = 0; level <= 4; level++) {
            Long count = statistics.levels().get(level);
            anyHidden |= count == null;
            html.element("td", "num", count == null ? t("report.peers.levels.hidden") : String.valueOf(count));
        }
        html.close("tr").close("table");
        if (anyHidden) {
            html.element("p", t("report.peers.levels.hiddenNote", String.valueOf(PeerBenchmarks.K)));
        }
    }

    private void peerRow(String name, BigDecimal yours, Distribution peers) {
        html.open("tr").element("td", name).element("td", "num", ReportTexts.number(yours));
        if (peers == null) {
            html.element("td", "num", "–").element("td", "num", "–").element("td", "num", "–");
        } else {
            html.element("td", "num", ReportTexts.number(peers.median()))
                    .element("td", "num", ReportTexts.number(peers.q1()) + " – " + ReportTexts.number(peers.q3()))
                    .element("td", "num", ReportTexts.number(peers.mean()));
        }
        html.close("tr");
    }

    private String segmentName(Segment segment) {
        String value = segment.code();
        return switch (segment.kind()) {
            case ALL -> t("report.peers.segment.all");
            case INDUSTRY -> t("report.peers.segment.industry", value + " " + IndustryCatalog.displayName(value, texts.locale()));
            case SIZE -> t("report.peers.segment.size", t("size." + value));
            case DISTRICT -> t("report.peers.segment.district", DistrictCatalog.displayName(value, texts.locale()));
        };
    }

    private void history() {
        if (report.previous().isEmpty()) {
            return;
        }
        ReportContent.Previous previous = report.previous().get();
        Assessment t0 = previous.assessment();
        html.element("h2", t("report.history")).open("table").open("tr").element("th", t("report.dimension"))
                .element("th", "num", t("report.history.previous", texts.date(t0.getSubmittedAt())))
                .element("th", "num", t("report.history.current", texts.date(assessment.getSubmittedAt())))
                .element("th", "num", t("report.history.change")).close("tr");
        Map<String, BigDecimal> before = t0.getDimensionScores();
        for (Dimension dimension : framework.dimensions()) {
            changeRow(texts.pick(dimension.nameZh(), dimension.nameEn()), before.get(dimension.key()),
                    assessment.getDimensionScores().get(dimension.key()));
        }
        changeRow(t("report.total"), t0.getTotalScore(), assessment.getTotalScore());
        if (report.level() != null && previous.level() != null) {
            html.open("tr").element("td", t("report.level")).element("td", "num", texts.level(previous.level()))
                    .element("td", "num", texts.level(report.level()))
                    .element("td", "num", signed(BigDecimal.valueOf(report.level() - previous.level())))
                    .close("tr");
        }
        html.close("table");
    }

    private void changeRow(String name, BigDecimal before, BigDecimal after) {
        html.open("tr").element("td", name).element("td", "num", ReportTexts.number(before))
                .element("td", "num", ReportTexts.number(after))
                .element("td", "num", before == null || after == null ? "–" : signed(after.subtract(before)))
                .close("tr");
    }

    private static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "") + Formats.points(change);
    }

    private String t(String key, Object... arguments) {
        return texts.t(key, arguments);
    }
}
