package org.uplift.ui.catalogue;

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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.marketplace.LiveMarketplace;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.ui.BrowserlessUi;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The SME's catalogue in the browserless UI, on the real catalogue (Lucene) and recommendations: search in
 * Chinese, filters, paging, compare, the package page and "recommended for you". Each test's packages come
 * from a provider of its own, and the search is narrowed to it ({@code provider=}), as the shared context
 * also holds the demo catalogue and other tests' packages.
 */
@UpliftTest
class CatalogueViewsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ApplicationContext context;
    @Autowired
    Assessments assessments;
    @Autowired
    MessageSource messages;

    LiveMarketplace market;
    Provider provider;
    Sme sme;
    String qualitySystem;
    String qualityCloud;
    String gateway;
    String warehouse;

    @BeforeEach
    void aProviderWithFourPackagesAndAnSme() {
        market = new LiveMarketplace(context);
        provider = market.admittedProvider();
        qualitySystem = publish("质量管理系统 精益版", SolutionCategory.QUALITY, 30_000_00, Deployment.ON_PREMISES,
                CostCategory.SOFTWARE, new ScenarioTarget("SC07", 3));
        qualityCloud = publish("质量追溯云平台", SolutionCategory.QUALITY, 12_000_00, Deployment.SAAS,
                CostCategory.CLOUD_SERVICE, new ScenarioTarget("SC07", 2));
        gateway = publish("设备联网采集网关", SolutionCategory.EQUIPMENT_IOT, 80_000_00, Deployment.ON_PREMISES,
                CostCategory.DATA_COLLECTION_HARDWARE, new ScenarioTarget("SC08", 2));
        warehouse = publish("仓储管理系统 WMS", SolutionCategory.SUPPLY_CHAIN, 50_000_00, Deployment.SAAS,
                CostCategory.CONSULTING, new ScenarioTarget("SC12", 2));
        sme = new TestSmes(context).register();
    }

    @AfterEach
    void close() {
        BrowserlessUi.close();
    }

    String publish(String name, SolutionCategory category, long priceFen, Deployment deployment, CostCategory cost,
            ScenarioTarget... scenarios) {
        return market.publish(provider, name, category, priceFen, deployment, cost, scenarios);
    }

    void asOwner(Runnable steps) {
        asOwner(ZH, steps);
    }

    void asOwner(Locale language, Runnable steps) {
        BrowserlessUi.signIn(sme.owner(), TenantKind.ENTERPRISE);
        TenantContext.runAs(sme.tenantId(), () -> {
            BrowserlessUi.open(context, language);
            steps.run();
        });
    }

    void openCatalogue(String query) {
        CatalogueRoutes.open(CatalogueRoutes.CATALOGUE + "?provider=" + provider.tenantId() + query);
        NavigatorKt.expectView(CatalogueView.class);
    }

    static List<String> shown() {
        return _find(Div.class, s -> s.withPredicate(d -> d.getElement().hasAttribute("data-package"))).stream()
                .map(d -> d.getElement().getAttribute("data-package")).toList();
    }

    static QueryParameters url() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
    }

    static String param(String name) {
        return url().getParameters().getOrDefault(name, List.of("")).get(0);
    }

    static void click(String id) {
        ButtonKt._click(_get(Button.class, s -> s.withId(id)));
    }

    @SuppressWarnings("unchecked")
    static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, s -> s.withId(id));
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ZH);
    }

    @Test
    void a_chinese_query_finds_the_quality_management_packages_and_stands_in_the_url() {
        asOwner(() -> {
            openCatalogue("");
            assertThat(shown()).containsExactlyInAnyOrder(qualitySystem, qualityCloud, gateway, warehouse);

            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("catalogue-search")), "质量");

            assertThat(shown()).containsExactlyInAnyOrder(qualitySystem, qualityCloud);
            assertThat(param("q")).isEqualTo("质量");
            assertThat(_get(Span.class, s -> s.withId("catalogue-total")).getText())
                    .isEqualTo(text("catalogue.total", 2L));

            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("catalogue-search")), "WMS 仓储");
            assertThat(shown()).containsExactly(warehouse);
        });
    }

    @Test
    void a_shared_search_url_opens_with_its_filters_set() {
        asOwner(() -> {
            openCatalogue("&q=%E8%B4%A8%E9%87%8F&deployment=SAAS");

            assertThat(shown()).containsExactly(qualityCloud);
            assertThat(_get(TextField.class, s -> s.withId("catalogue-search")).getValue()).isEqualTo("质量");
            assertThat(this.<Deployment>combo("filter-deployment").getValue()).isEqualTo(Deployment.SAAS);
        });
    }

    @Test
    void filters_narrow_the_results() {
        asOwner(() -> {
            openCatalogue("");

            HasValueUtilsKt._setValue(combo("filter-category"), SolutionCategory.EQUIPMENT_IOT);
            assertThat(shown()).containsExactly(gateway);
            assertThat(param("category")).isEqualTo("EQUIPMENT_IOT");

            HasValueUtilsKt._setValue(combo("filter-category"), null);
            HasValueUtilsKt._setValue(combo("filter-deployment"), Deployment.SAAS);
            assertThat(shown()).containsExactlyInAnyOrder(qualityCloud, warehouse);

            HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("filter-subsidy")), true);
            assertThat(shown()).containsExactly(qualityCloud);

            openCatalogue("");
            HasValueUtilsKt._setValue(_get(BigDecimalField.class, s -> s.withId("filter-max-price")),
                    new BigDecimal("30000"));
            assertThat(shown()).containsExactlyInAnyOrder(qualitySystem, qualityCloud);
            assertThat(param("maxPrice")).isEqualTo("30000");

            HasValueUtilsKt._setValue(_get(BigDecimalField.class, s -> s.withId("filter-min-price")),
                    new BigDecimal("12000.01"));
            assertThat(shown()).containsExactly(qualitySystem);

            HasValueUtilsKt._setValue(combo("filter-scenario"), "SC07");
            assertThat(shown()).containsExactly(qualitySystem);
            HasValueUtilsKt._setValue(combo("filter-min-rating"), new BigDecimal("4"));
            assertThat(shown()).isEmpty();
            _get(Paragraph.class, s -> s.withId("catalogue-none"));
        });
    }

    @Test
    void sorting_by_price_orders_the_cards() {
        asOwner(() -> {
            openCatalogue("&sort=PRICE_ASC");
            assertThat(shown()).containsExactly(qualityCloud, qualitySystem, warehouse, gateway);
            HasValueUtilsKt._setValue(_get(com.vaadin.flow.component.select.Select.class,
                    s -> s.withId("catalogue-sort")), org.uplift.marketplace.catalogue.CatalogueSort.PRICE_DESC);
            assertThat(shown()).containsExactly(gateway, warehouse, qualitySystem, qualityCloud);
            assertThat(_get(Span.class, s -> s.withId("package-price-" + gateway)).getText()).isEqualTo("¥80,000.00");
        });
    }

    @Test
    void a_negative_price_in_the_url_is_refused_on_the_field() {
        asOwner(() -> {
            openCatalogue("&minPrice=-5");

            assertThat(shown()).isEmpty();
            var min = _get(BigDecimalField.class, s -> s.withId("filter-min-price"));
            assertThat(min.isInvalid()).isTrue();
            assertThat(min.getErrorMessage()).isEqualTo(text("marketplace.catalogue.priceRange"));
        });
    }

    @Test
    void pages_go_forward_and_back() {
        asOwner(() -> {
            openCatalogue("&size=3&sort=PRICE_ASC");
            assertThat(shown()).containsExactly(qualityCloud, qualitySystem, warehouse);
            assertThat(_get(Span.class, s -> s.withId("catalogue-page")).getText()).isEqualTo(text("catalogue.page.of", 1, 2));
            assertThat(_get(Button.class, s -> s.withId("catalogue-previous")).isEnabled()).isFalse();

            click("catalogue-next");

            assertThat(shown()).containsExactly(gateway);
            assertThat(param("page")).isEqualTo("1");
            assertThat(_get(Button.class, s -> s.withId("catalogue-next")).isEnabled()).isFalse();

            click("catalogue-previous");
            assertThat(shown()).containsExactly(qualityCloud, qualitySystem, warehouse);
        });
    }

    @Test
    void three_packages_are_compared_side_by_side_and_a_fourth_is_refused() {
        asOwner(() -> {
            openCatalogue("&sort=PRICE_ASC");
            click("compare-" + qualityCloud);
            click("compare-" + qualitySystem);
            click("compare-" + gateway);
            assertThat(param("compare")).isEqualTo(String.join(",", qualityCloud, qualitySystem, gateway));
            assertThat(_get(Span.class, s -> s.withId("compare-count")).getText())
                    .isEqualTo(text("catalogue.compare.picked", 3, 3));

            click("compare-" + warehouse);

            NotificationsKt.expectNotifications(text("marketplace.compare.tooMany", 3));
            assertThat(param("compare")).isEqualTo(String.join(",", qualityCloud, qualitySystem, gateway));

            click("compare-open");

            NavigatorKt.expectView(CompareView.class);
            @SuppressWarnings("unchecked")
            Grid<Object> grid = _get(Grid.class, s -> s.withId("compare-grid"));
            assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                    .containsExactly("label", qualityCloud, qualitySystem, gateway);
            int rows = GridKt._size(grid);
            List<String> labels = java.util.stream.IntStream.range(0, rows)
                    .mapToObj(i -> GridKt._getFormatted(grid, i, "label")).toList();
            int price = labels.indexOf(text("marketplace.compare.price"));
            assertThat(GridKt._getFormatted(grid, price, gateway)).isEqualTo("¥80,000.00");
            int quality = labels.indexOf(text("marketplace.compare.scenario", "质量管理"));
            assertThat(GridKt._getFormatted(grid, quality, qualitySystem)).isEqualTo(text("catalogue.compare.level", 3));
            assertThat(GridKt._getFormatted(grid, quality, gateway)).isEqualTo(text("catalogue.compare.none"));
        });
    }

    @Test
    void four_packages_in_a_compare_url_are_refused_with_the_reason() {
        asOwner(() -> {
            CatalogueRoutes.open(CatalogueRoutes.compare(List.of(qualityCloud, qualitySystem, gateway, warehouse)));

            assertThat(_get(Paragraph.class, s -> s.withId("compare-refused")).getText())
                    .isEqualTo(text("marketplace.compare.tooMany", 3));
            assertThat(_find(Grid.class)).isEmpty();
        });
    }

    @Test
    void the_package_page_shows_costs_by_category_coverage_and_provider() {
        asOwner(() -> {
            openCatalogue("");
            ButtonKt._click(_get(Button.class, s -> s.withId("compare-" + gateway))); // picking keeps the card
            UI.getCurrent().navigate(CatalogueRoutes.detail(gateway));

            NavigatorKt.expectView(PackageView.class);
            assertThat(_get(H2.class, s -> s.withId("package-title")).getText()).isEqualTo("设备联网采集网关");
            assertThat(_get(H4.class, s -> s.withId("cost-DATA_COLLECTION_HARDWARE")).getText())
                    .isEqualTo(text("catalogue.detail.costCategory", "数据采集硬件", "¥80,000.00"));
            assertThat(_get(Paragraph.class, s -> s.withId("package-provider")).getText())
                    .isEqualTo(text("catalogue.card.provider", provider.name()));
            assertThat(_find(_get(Div.class, s -> s.withId("package-covers")),
                    com.vaadin.flow.component.html.ListItem.class)).extracting(i -> i.getText())
                    .containsExactly(text("catalogue.detail.scenarioTarget", "设备管理", 2));
            _get(Div.class, s -> s.withId("package-cases"));
            assertThat(_get(Anchor.class, s -> s.withId("package-request-quote")).getHref())
                    .isEqualTo("quotes/new/" + gateway);
        });
    }

    @Test
    void in_english_the_package_page_names_scenarios_and_cost_categories_in_english() {
        SignedIn.as(sme.owner(), () -> context.getBean(org.uplift.identity.Accounts.class)
                .changeLocale(sme.owner().userId(), "en"));

        asOwner(Locale.ENGLISH, () -> {
            UI.getCurrent().navigate(CatalogueRoutes.detail(gateway));

            assertThat(_get(H4.class, s -> s.withId("cost-DATA_COLLECTION_HARDWARE")).getText())
                    .isEqualTo(messages.getMessage("catalogue.detail.costCategory", new Object[] {
                            messages.getMessage("marketplace.costCategory.DATA_COLLECTION_HARDWARE", null, Locale.ENGLISH),
                            "¥80,000.00"}, Locale.ENGLISH));
            assertThat(_find(_get(Div.class, s -> s.withId("package-covers")),
                    com.vaadin.flow.component.html.ListItem.class)).extracting(i -> i.getText())
                    .containsExactly("Equipment management: to level 2");
        });
    }

    @Test
    void a_withdrawn_or_unknown_package_is_not_found() {
        asOwner(() -> {
            UI.getCurrent().navigate(CatalogueRoutes.detail("does-not-exist"));
            _get(Div.class, s -> s.withId("not-found"));
        });
    }

    @Test
    void without_a_published_assessment_recommendations_say_so_and_link_to_start_one() {
        asOwner(() -> {
            UI.getCurrent().navigate(RecommendationsView.class);

            assertThat(_get(Paragraph.class, s -> s.withId("recommendations-no-assessment")).getText())
                    .isEqualTo(text("catalogue.recommendations.noAssessment"));
            assertThat(_get(Anchor.class, s -> s.withId("recommendations-start-assessment")).getHref())
                    .isEqualTo("assessments");
        });
    }

    @Test
    void the_result_pages_improvement_plan_links_to_the_recommendations_and_each_scenario_to_its_packages() {
        String id = publishedAtLevelOne();

        asOwner(() -> {
            UI.getCurrent().navigate(org.uplift.ui.assessment.AssessmentRoutes.result(id));

            var gap = _get(Div.class, s -> s.withId("gap-list"));
            assertThat(_get(gap, Anchor.class, s -> s.withId("gap-recommendations")).getHref())
                    .isEqualTo(CatalogueRoutes.RECOMMENDATIONS);
            List<Anchor> perScenario = _find(gap, Anchor.class,
                    s -> s.withPredicate(a -> a.getId().orElse("").startsWith("gap-solutions-")));
            assertThat(perScenario).isNotEmpty().allSatisfy(a -> assertThat(a.getHref())
                    .isEqualTo(CatalogueRoutes.forScenario(a.getId().orElseThrow().substring("gap-solutions-".length()))));

            CatalogueRoutes.open(perScenario.get(0).getHref());
            NavigatorKt.expectView(CatalogueView.class);
            assertThat(this.<String>combo("filter-scenario").getValue())
                    .isEqualTo(perScenario.get(0).getId().orElseThrow().substring("gap-solutions-".length()));
        });
    }

    @Test
    void with_a_published_assessment_recommendations_show_the_ranked_packages_with_their_reason() {
        String allScenarios = publish("全场景数字化提升套餐", SolutionCategory.MANAGEMENT, 1_000_00, Deployment.SAAS,
                CostCategory.SOFTWARE, allScenariosAt(3));
        publishedAtLevelOne();

        asOwner(() -> {
            UI.getCurrent().navigate(RecommendationsView.class);

            assertThat(_get(Paragraph.class, s -> s.withId("recommendations-intro")).getText())
                    .isEqualTo(text("catalogue.recommendations.towards", 1, 2));
            List<String> ranked = _find(_get(Div.class, s -> s.withId("recommendations-list")), Div.class,
                    s -> s.withPredicate(d -> d.getElement().hasAttribute("data-package"))).stream()
                    .map(d -> d.getElement().getAttribute("data-package")).toList();
            assertThat(ranked.get(0)).isEqualTo(allScenarios);
            String reason = _get(Paragraph.class, s -> s.withId("reason-" + allScenarios)).getText();
            // closes every constrained scenario the gap needs, named in words: "将产品设计、营销管理…提升到2级——…"
            assertThat(reason).matches("将\\p{IsHan}+(、\\p{IsHan}+)*提升到2级——您仍需的 (\\d+) 个约束性场景中的 \\2 个");
            assertThat(ranked).allSatisfy(id -> assertThat(_get(Paragraph.class, s -> s.withId("reason-" + id)).getText())
                    .isNotBlank());
        });
    }

    ScenarioTarget[] allScenariosAt(int level) {
        Framework framework = SignedIn.as(sme.owner(), () -> assessments.framework(assessments.start()));
        return framework.scenarios().map(s -> new ScenarioTarget(s.key(), level)).toArray(ScenarioTarget[]::new);
    }

    /** Full marks in D1 and every scenario rated 1 (数字化水平一级), submitted and published by the journey. */
    String publishedAtLevelOne() {
        String id = SignedIn.as(sme.owner(), () -> {
            Assessment draft = assessments.history().stream().filter(Assessment::isDraft).findFirst()
                    .orElseGet(() -> assessments.start());
            Framework framework = assessments.framework(draft);
            framework.dimensions().stream().filter(d -> d.key().equals("D1")).flatMap(d -> d.questions().stream())
                    .forEach(q -> assessments.saveAnswer(draft.getId(), q.key(), best(q)));
            framework.scenarios().forEach(s -> assessments.saveScenario(draft.getId(), s.key(), 1));
            return assessments.submit(draft.getId()).getId();
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> SignedIn.as(sme.owner(),
                () -> assessments.find(id).orElseThrow().getStatus() == Assessment.Status.PUBLISHED));
        return id;
    }

    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }
}
