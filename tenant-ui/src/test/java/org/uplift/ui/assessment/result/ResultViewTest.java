package org.uplift.ui.assessment.result;

import org.uplift.SignedIn;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.benchmark.Comparison;
import org.uplift.assessment.benchmark.PeerBenchmarks;
import org.uplift.assessment.benchmark.Segment;
import org.uplift.assessment.benchmark.SegmentStatistics;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.identity.Accounts;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.IndustryCatalog;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;
import org.uplift.ui.assessment.sharing.RecommendationsPanel;
import org.uplift.ui.assessment.sharing.SharingPanel;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/**
 * The result page of submitted assessments in the browserless UI, on the real services: assessments are
 * answered and submitted through {@link Assessments}, and the journey publishes their level.
 */
@UpliftTest
class ResultViewTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final String MIIT = "miit-2024";

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    PeerBenchmarks benchmarks;
    @Autowired
    MessageSource messages;
    @Autowired
    Accounts accounts;

    TestSmes smes;

    @BeforeEach
    void setUp() {
        smes = new TestSmes(context);
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    /** Runs as the SME's signed-in owner, in its tenant as TenantContextFilter would set it per request. */
    void asOwnerOf(Sme sme, Locale language, Runnable steps) {
        BrowserlessUi.signIn(sme.owner(), TenantKind.ENTERPRISE);
        TenantContext.runAs(sme.tenantId(), () -> {
            BrowserlessUi.open(context, language);
            steps.run();
        });
    }

    void openResult(Sme sme, String assessmentId, Runnable steps) {
        asOwnerOf(sme, ZH, () -> {
            UI.getCurrent().navigate(ResultView.route(assessmentId));
            steps.run();
        });
    }

    <T> T in(Sme sme, Supplier<T> work) {
        return SignedIn.as(sme.owner(), work);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ZH);
    }

    /** Full marks on a question: every non-exclusive option of a multiple choice, else the best option. */
    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }

    /** Full marks in the given dimensions, every scenario rated {@code rating}; submitted by the owner. */
    String answerAndSubmit(Sme sme, Assessment draft, Set<String> fullDimensions, int rating) {
        String owner = sme.owner().userId();
        return in(sme, () -> {
            Framework framework = assessments.framework(draft);
            framework.dimensions().stream().filter(d -> fullDimensions.contains(d.key()))
                    .flatMap(d -> d.questions().stream())
                    .forEach(q -> assessments.saveAnswer(draft.getId(), q.key(), best(q)));
            framework.scenarios().forEach(s -> assessments.saveScenario(draft.getId(), s.key(), rating));
            return assessments.submit(draft.getId()).getId();
        });
    }

    /** 50 points (the whole of D1) and every scenario at 1: 数字化水平一级. */
    String levelOne(Sme sme) {
        return published(sme, answerAndSubmit(sme, in(sme, () -> assessments.start()),
                Set.of("D1"), 1));
    }

    /** The journey scores asynchronously and then records the level. */
    String published(Sme sme, String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> reload(sme, id).getStatus() == Assessment.Status.PUBLISHED);
        return id;
    }

    Assessment reload(Sme sme, String id) {
        return in(sme, () -> assessments.find(id).orElseThrow());
    }

    static String textOf(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    static RadarChart radar() {
        return _get(RadarChart.class, s -> s.withId("radar-chart"));
    }

    @Test
    void a_published_miit_result_shows_the_level_name_the_scores_the_gap_and_every_scenario() {
        var sme = smes.register();
        String id = levelOne(sme);
        assertThat(reload(sme, id).getLevel()).isEqualTo(1);

        openResult(sme, id, () -> {
            NavigatorKt.expectView(ResultView.class);
            assertThat(_get(ResultView.class).getId()).hasValue("assessment-result");
            assertThat(textOf("result-level")).isEqualTo("数字化水平一级").isEqualTo(text("result.level.1"));
            assertThat(textOf("result-total")).isEqualTo("50.00");
            assertThat(textOf("result-dimension-D1")).isEqualTo("50.00 / 50.00");
            assertThat(textOf("result-dimension-D3")).isEqualTo("0.00 / 30.00");
            assertThat(textOf("result-dimension-D4")).isEqualTo("0.00 / 20.00");
            assertThat(radar().getIndicators()).extracting(RadarChart.Indicator::name)
                    .containsExactly("数字化基础", "数字化管理", "数字化成效");
            assertThat(radar().getSeries().get(0).values()).containsExactly(100.0, 0.0, 0.0);

            var gap = _get(Div.class, s -> s.withId("gap-list"));
            assertThat(_get(gap, Paragraph.class).getText()).isEqualTo(text("result.gap.to", "数字化水平二级"));
            assertThat(gap.getElement().getTextRecursively()).contains(text("result.gap.scenarios", 6, 2, 3))
                    .contains(text("result.gap.pointsMet"));

            @SuppressWarnings("unchecked")
            Grid<ScenarioRatings.Row> scenarios = _get(_get(Div.class, s -> s.withId("scenario-ratings")), Grid.class);
            assertThat(GridKt._size(scenarios)).isEqualTo(16);
            assertThat(GridKt._get(scenarios, 0).rating()).isEqualTo(1);
            assertThat(GridKt._get(scenarios, 0).descriptor()).isNotBlank();
            assertThat(_get(Anchor.class, a -> a.withId("download-report")).getText())
                    .isEqualTo(text("result.downloadReport"));
            var panels = _get(Div.class, d -> d.withId("result-panels"));
            _get(panels, RecommendationsPanel.class);
            assertThat(_get(panels, SharingPanel.class).getChildren()).isNotEmpty();
            assertThat(_find(panels, Checkbox.class, c -> c.withId("invite-diagnosis")))
                    .allSatisfy(published -> assertThat(published.isVisible()).isFalse());
        });
    }

    @Test
    void in_english_the_level_and_the_dimension_names_are_english() {
        var sme = smes.register();
        String id = levelOne(sme);
        in(sme, () -> {
            accounts.changeLocale(sme.owner().userId(), "en");
            return null;
        });

        asOwnerOf(sme, Locale.ENGLISH, () -> {
            UI.getCurrent().navigate(ResultView.route(id));

            assertThat(textOf("result-level")).isEqualTo("Digital level 1");
            assertThat(radar().getIndicators()).extracting(RadarChart.Indicator::name).contains("Digital foundation");
        });
    }

    @Test
    void the_what_if_moves_score_and_level_live_and_stores_nothing() {
        var sme = smes.register();
        String id = levelOne(sme);
        Assessment before = reload(sme, id);
        List<String> sixScenarios = in(sme, () -> assessments.framework(before)).scenarios()
                .sorted(Comparator.comparing(Scenario::constrained).reversed()).limit(6).map(Scenario::key).toList();

        openResult(sme, id, () -> {
            ButtonKt._click(_get(Button.class, s -> s.withId("what-if")));
            _get(WhatIfDialog.class);
            assertThat(textOf("what-if-level")).isEqualTo("数字化水平一级");

            sixScenarios.forEach(key -> HasValueUtilsKt._setValue(scenarioSelect(key), 2));
            assertThat(textOf("what-if-level")).isEqualTo("数字化水平二级");
            assertThat(textOf("what-if-total")).isEqualTo("50.00");

            @SuppressWarnings("unchecked")
            CheckboxGroup<Option> q1 = _get(CheckboxGroup.class, s -> s.withId("what-if-Q1"));
            Option none = q1.getListDataView().getItems().filter(Option::exclusive).findFirst().orElseThrow();
            HasValueUtilsKt._setValue(q1, Set.of(none));
            assertThat(textOf("what-if-total")).isEqualTo("42.00");
            assertThat(q1.getValue()).containsExactly(none);

            assertThat(textOf("result-level")).as("the page keeps the stored result").isEqualTo("数字化水平一级");
        });

        Assessment after = reload(sme, id);
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
        assertThat(after.getAnswers()).isEqualTo(before.getAnswers());
        assertThat(after.getScenarioRatings()).isEqualTo(before.getScenarioRatings());
        assertThat(after.getLevel()).isEqualTo(1);
        assertThat(after.getTotalScore()).isEqualByComparingTo("50");
    }

    @SuppressWarnings("unchecked")
    static Select<Integer> scenarioSelect(String key) {
        return _get(Select.class, s -> s.withId("what-if-" + key));
    }

    @Test
    void a_reassessment_compares_t1_with_t0() {
        var sme = smes.register();
        String t0 = levelOne(sme);
        Assessment draft = in(sme, () -> assessments.reassess(t0));
        String t1 = published(sme, answerAndSubmit(sme, draft, Set.of("D1", "D3"), 2));

        openResult(sme, t1, () -> {
            @SuppressWarnings("unchecked")
            Grid<ReassessmentComparison.Row> comparison = _get(_get(Div.class, s -> s.withId("t0-t1")), Grid.class);
            assertThat(GridKt._get(comparison, 0))
                    .isEqualTo(new ReassessmentComparison.Row("总分", "50.00", "80.00", "+30.00"));
            assertThat(GridKt._get(comparison, 2))
                    .isEqualTo(new ReassessmentComparison.Row("数字化管理", "0.00", "30.00", "+30.00"));
            assertThat(GridKt._get(comparison, GridKt._size(comparison) - 1))
                    .isEqualTo(new ReassessmentComparison.Row("数字化水平等级", "数字化水平一级", "数字化水平二级", "+1"));
            assertThat(radar().getSeries()).extracting(RadarChart.Series::name).contains("上次评测（T0）");
        });
        BrowserlessUi.close();
        openResult(sme, t0, () -> _assertNone(Div.class, s -> s.withId("t0-t1")));
    }

    @Test
    void with_fewer_than_five_peers_the_radar_has_no_peer_series_and_says_why_without_a_count() {
        var sme = smes.registerVouched();
        Assessment draft = in(sme, () -> assessments.startOn("eu-dma"));
        String id = published(sme, answerAndSubmit(sme, draft, Set.of("DMA1", "DMA2"), 0));
        assertThat(benchmarks.comparison("eu-dma", draft.getFrameworkVersion(), Segment.ALL))
                .as("eu-dma results in this test context").isEqualTo(new Comparison.TooFewPeers(PeerBenchmarks.K));

        openResult(sme, id, () -> {
            assertThat(radar().getSeries()).extracting(RadarChart.Series::name).containsExactly("本企业");
            assertThat(_get(Paragraph.class, s -> s.withId("peer-reason")).getText())
                    .isEqualTo(text("result.peers.tooFew", 5, "全部企业"));
            _assertNone(Paragraph.class, s -> s.withId("peer-segment"));
            _assertNone(Span.class, s -> s.withId("result-level"));
            _get(Paragraph.class, s -> s.withId("result-no-levels"));
            _assertNone(Div.class, s -> s.withId("gap-list"));
            assertThat(textOf("result-dimension-DMA1")).isEqualTo("100.00 / 100.00");
        });
    }

    @Test
    void with_five_peers_in_its_industry_the_radar_overlays_their_median_and_shows_levels_of_at_least_five() {
        for (int i = 0; i < PeerBenchmarks.K; i++) {
            var peer = withProfile(smes.registerVouched());
            levelOne(peer);
        }
        var sme = withProfile(smes.registerVouched());
        String id = levelOne(sme);
        // statistics are released after K distinct changes: K newcomers release the six published levels above
        for (int i = 0; i < PeerBenchmarks.K; i++) {
            var newcomer = withProfile(smes.registerVouched());
            answerAndSubmit(newcomer, in(newcomer, () -> assessments.start()),
                    Set.of("D1", "D4"), 1);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> benchmarks.statistics(MIIT, "2024",
                Segment.industry("C34")).map(s -> s.levels().getOrDefault(1, 0L) > PeerBenchmarks.K).orElse(false));
        SegmentStatistics industry = benchmarks.statistics(MIIT, "2024", Segment.industry("C34")).orElseThrow();
        assertThat(industry.levels().keySet()).as("levels of fewer than K are left out").hasSizeLessThan(5);

        openResult(sme, id, () -> {
            for (int level = 0; level <= 4; level++) {
                Long count = industry.levels().get(level);
                assertThat(textOf("peer-level-" + level)).isEqualTo(count == null ? text("result.peerLevels.hidden")
                        : text("result.peerLevels.count", count));
            }
            assertThat(textOf("peer-levels-hidden")).isEqualTo(text("result.peerLevels.hiddenNote", 5));
            assertThat(_get(Div.class, d -> d.withId("peer-levels")).getElement().getTextRecursively())
                    .contains(text("result.peerLevels.own"));
            var series = radar().getSeries();
            assertThat(series).extracting(RadarChart.Series::name).containsExactly("本企业", "同行中位数");
            assertThat(series.get(1).values()).containsExactly(
                    percent(industry, "D1", 50), percent(industry, "D3", 30), percent(industry, "D4", 20));
            assertThat(_get(Paragraph.class, s -> s.withId("peer-segment")).getText()).isEqualTo(text(
                    "result.peers.segment", text("result.peers.industry", "C34 " + IndustryCatalog.displayName("C34", ZH)),
                    industry.count()));
            _assertNone(Paragraph.class, s -> s.withId("peer-reason"));
        });
    }

    static double percent(SegmentStatistics statistics, String dimension, int max) {
        return statistics.dimensions().get(dimension).median().multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(max), 1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    Sme withProfile(Sme sme) {
        in(sme, () -> profiles.save(new CompanyProfileForm("C34", "330110", 80, new BigDecimal("5200"), "液压阀")));
        return sme;
    }

    @Test
    void another_tenants_assessment_is_not_found_and_shows_none_of_it() {
        var owner = smes.register();
        String foreign = levelOne(owner);
        var other = smes.register();

        openResult(other, foreign, () -> {
            var notFound = _get(Div.class, s -> s.withId("not-found"));
            assertThat(_get(notFound, Paragraph.class).getText()).isEqualTo(text("error.notFound"));
            _assertNone(ResultView.class);
            _assertNone(Span.class, s -> s.withId("result-total"));
        });
    }

    @Test
    void an_unknown_assessment_id_looks_the_same() {
        openResult(smes.register(), "000000000000000000000000", () -> {
            _get(Div.class, s -> s.withId("not-found"));
            _assertNone(ResultView.class);
        });
    }
}
