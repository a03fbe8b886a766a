package org.uplift.ui.catalogue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.uplift.SignedIn;
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
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;

/**
 * The SME's catalogue in the browserless UI, on the real catalogue (Lucene) and recommendations: search in
 * Chinese, filters, paging, compare, the package page and "recommended for you". Each test's packages come
 * from a provider of its own, and the search is narrowed to it ({@code provider=}), as the shared context
 * also holds the demo catalogue and other tests' packages.
 */
abstract class CatalogueViewsFixture {

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
