package org.uplift.report;

import org.uplift.SignedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;

/** Reports of real submitted assessments, read back with PDFBox: texts, language, bundled font, isolation. */
@UpliftTest
class AssessmentReportsTest {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    AssessmentReports reports;
    @Autowired
    Assessments assessments;
    @Autowired
    PeerBenchmarks benchmarks;
    @Autowired
    ApplicationContext context;

    <T> T as(Sme sme, Supplier<T> work) {
        return SignedIn.as(sme.owner(), work);
    }

    Sme registerSme() {
        return new TestSmes(context).register();
    }

    /** 数字化基础 Q1–Q5 at their best (40 points) and every scenario at 2: level 2, 20 points short of level 3. */
    Assessment submitLevelTwo(Sme sme, Assessment draft) {
        return as(sme, () -> {
            String id = draft.getId();
            String owner = sme.owner().userId();
            assessments.saveAnswer(id, "Q1", List.of("B", "C", "D", "E"));
            for (String single : List.of("Q2", "Q3", "Q5")) {
                assessments.saveAnswer(id, single, List.of("E"));
            }
            assessments.saveAnswer(id, "Q4", List.of("B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
                    "O"));
            for (int i = 1; i <= 16; i++) {
                assessments.saveScenario(id, String.format("SC%02d", i), 2);
            }
            return assessments.submit(id);
        });
    }

    Assessment submitLevelTwo(Sme sme) {
        return submitLevelTwo(sme, as(sme, () -> assessments.start()));
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    static void keep(String name, byte[] pdf) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "reports"));
        Files.write(folder.resolve(name), pdf);
    }

    @Test
    void a_chinese_report_shows_the_level_dimensions_scenarios_and_gap_of_a_submitted_miit_assessment() throws IOException {
        Sme sme = registerSme();
        Assessment submitted = submitLevelTwo(sme);

        byte[] pdf = as(sme, () -> reports.render(submitted.getId(), CHINESE));
        keep("miit-zh.pdf", pdf);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("数字化水平评测报告", sme.name(), "中小企业数字化水平评测指标（2024年版）", "2024",
                "二级", "数字化基础", "数字化管理", "数字化成效", "40", "场景评级", "约束性", "距三级的差距",
                "总分还差 20 分", "其中约束性场景还差 5 个", "同行比较");
        assertThat(text).doesNotContain("Digital foundation", "report.");
    }

    @Test
    void the_report_embeds_only_the_bundled_font() throws IOException {
        Sme sme = registerSme();
        Assessment submitted = submitLevelTwo(sme);

        List<PDFont> fonts = fonts(as(sme, () -> reports.render(submitted.getId(), CHINESE)));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+WenQuanYiMicroHei");
        });
    }

    @Test
    void an_english_report_has_english_headings_and_framework_texts() throws IOException {
        Sme sme = registerSme();
        Assessment submitted = submitLevelTwo(sme);

        byte[] pdf = as(sme, () -> reports.render(submitted.getId(), Locale.ENGLISH));
        keep("miit-en.pdf", pdf);

        assertThat(text(pdf)).contains("Digital maturity assessment report", "Overall result", "Level 2",
                "Digital foundation", "Scenario ratings", "Gap to Level 3", "20 more points are needed",
                "Peer comparison", "SME Digital Level Evaluation Indicators (2024 edition)")
                .doesNotContain("数字化水平评测报告", "总体结果");
    }

    @Test
    void another_tenants_assessment_an_unknown_id_and_a_draft_have_no_report() {
        Sme owner = registerSme();
        Sme stranger = registerSme();
        Assessment submitted = submitLevelTwo(owner);
        Assessment draft = as(stranger, () -> assessments.start());

        assertThatThrownBy(() -> as(stranger, () -> reports.render(submitted.getId(), CHINESE)))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> reports.render("no-such-assessment", CHINESE)))
                .isInstanceOf(ReportNotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> reports.render(draft.getId(), CHINESE)))
                .isInstanceOf(ReportNotFoundException.class);
        assertThat(as(owner, () -> reports.render(submitted.getId(), CHINESE))).isNotEmpty();
    }

    @Test
    void a_reassessment_compares_with_the_previous_assessment() {
        Sme sme = registerSme();
        String owner = sme.owner().userId();
        Assessment first = as(sme, () -> {
            String id = assessments.start().getId();
            assessments.saveAnswer(id, "Q1", List.of("B", "C"));
            return assessments.submit(id);
        });
        Assessment second = submitLevelTwo(sme, as(sme, () -> assessments.reassess(first.getId())));

        String text = text(as(sme, () -> reports.render(second.getId(), CHINESE)));

        assertThat(text).contains("与上次评测对比（T0/T1）", "上次 T0", "本次 T1", "+36", "无等级", "+2");
    }

    @Test
    void with_five_peers_the_report_compares_each_dimension_with_the_peer_median() {
        TestSmes smes = new TestSmes(context);
        Sme sme = smes.registerVouched();
        Assessment submitted = submitLevelTwo(sme);
        java.util.Map<Sme, String> peers = new java.util.LinkedHashMap<>(java.util.Map.of(sme, submitted.getId()));
        for (int i = 0; i < PeerBenchmarks.K; i++) {
            Sme peer = smes.registerVouched();
            peers.put(peer, submitLevelTwo(peer).getId());
        }
        peers.forEach((peer, id) -> await().atMost(Duration.ofSeconds(60)).until(() -> as(peer,
                () -> assessments.find(id)).orElseThrow().getStatus() == Assessment.Status.PUBLISHED));
        // statistics are released after K distinct changes: K newcomers release the published levels above
        for (int i = 0; i < PeerBenchmarks.K; i++) {
            submitLevelTwo(smes.registerVouched());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> benchmarks.statistics(Assessments.MIIT, "2024",
                Segment.ALL).map(statistics -> !statistics.levels().isEmpty()).orElse(false));

        String text = text(as(sme, () -> reports.render(submitted.getId(), CHINESE)));

        // a fresh SME has no company profile, so "all" is its only segment
        assertThat(text).contains("比较组：全部企业", "同行中位数", "四分位区间", "比较组内各等级的企业数")
                .doesNotContain("暂无同行比较");
    }

    @Test
    void an_eu_dma_report_says_it_has_no_levels_and_why_peers_are_missing() throws IOException {
        assumeThat(benchmarks.comparison("eu-dma", "2024", Segment.ALL))
                .as("other tests submitted no more than a handful of EU DMA assessments")
                .isInstanceOf(Comparison.TooFewPeers.class);
        Sme sme = registerSme();
        String owner = sme.owner().userId();
        Assessment submitted = as(sme, () -> {
            String id = assessments.startOn("eu-dma").getId();
            assessments.saveAnswer(id, "DMA1-1", List.of("D"));
            return assessments.submit(id);
        });

        byte[] pdf = as(sme, () -> reports.render(submitted.getId(), CHINESE));
        keep("eu-dma-zh.pdf", pdf);
        String text = text(pdf);

        assertThat(text).contains("欧盟数字成熟度评估（DMA）简版", "数字化业务战略", "该评测框架不设等级。", "暂无同行比较")
                .doesNotContain("距下一等级的差距", "场景评级");
    }
}
