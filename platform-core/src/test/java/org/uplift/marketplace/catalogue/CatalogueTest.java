package org.uplift.marketplace.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.DemoCatalogue;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.PackageRules;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.organisation.TestProviders;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/** The catalogue on the embedded MongoDB, filled by the demo catalogue. */
@SpringBootTest
class CatalogueTest {

    @Autowired
    Catalogue catalogue;
    @Autowired
    DemoCatalogue demo;
    @Autowired
    ProviderPool pool;
    @Autowired
    FrameworkCatalog frameworks;
    @Autowired
    ApplicationContext context;

    CataloguePage search(CatalogueQuery query, TestProviders.Provider provider) {
        return catalogue.search(query.withProvider(provider.tenantId()));
    }

    List<String> names(CatalogueQuery query, TestProviders.Provider provider) {
        return search(query.page(0, 100), provider).items().stream().map(CatalogueItem::nameZh).toList();
    }

    @Test
    void the_demo_catalogue_is_valid_and_covers_all_sixteen_scenarios() {
        Framework miit = frameworks.latest(Assessments.MIIT).orElseThrow();
        List<PackageContent> contents = DemoCatalogue.contents();
        assertThat(contents).hasSizeGreaterThanOrEqualTo(30).hasSize(DemoCatalogue.SIZE);
        contents.forEach(c -> assertThat(PackageRules.check(c, frameworks.latest(c.frameworkId()), 2026).isEmpty())
                .as(c.nameZh()).isTrue());
        Set<String> covered = contents.stream().flatMap(c -> c.scenarios().stream()).map(ScenarioTarget::scenarioKey)
                .collect(Collectors.toSet());
        assertThat(covered).containsExactlyInAnyOrderElementsOf(miit.scenarios().map(s -> s.key()).toList());
    }

    @Test
    void demo_packages_are_dealt_to_the_providers_and_seeding_twice_changes_nothing() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        List<TestProviders.Provider> providers = List.of(market.admittedProvider(), market.admittedProvider(),
                market.admittedProvider());

        List<SolutionPackage> published = demo.publish(providers.stream().map(TestProviders.Provider::tenantId).toList());

        assertThat(published).hasSize(DemoCatalogue.SIZE);
        providers.forEach(p -> assertThat(search(CatalogueQuery.all(), p).total()).isBetween(10L, 11L));
        assertThat(demo.publish(providers.stream().map(TestProviders.Provider::tenantId).toList())).isEmpty();
    }

    @Test
    void chinese_and_english_queries_find_demo_packages() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        demo.publish(List.of(provider.tenantId()));

        assertThat(names(CatalogueQuery.text("质量"), provider)).contains("质量管理系统 QMS")
                .doesNotContain("协同办公与流程审批平台");
        assertThat(names(CatalogueQuery.text("能"), provider)).contains("能耗在线监测平台", "碳能一体化管理系统");
        assertThat(names(CatalogueQuery.text("MES 系统"), provider)).containsExactly("MES 生产执行系统（离散版）");
        assertThat(names(CatalogueQuery.text("warehouse"), provider)).contains("WMS 仓储管理系统");
        assertThat(names(CatalogueQuery.text("能耗管理"), provider))
                .as("the scenario's name is indexed with the package").contains("能耗在线监测平台");
    }

    @Test
    void filters_sorting_and_paging_work_together() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        demo.publish(List.of(provider.tenantId()));

        CataloguePage cheapSaas = search(CatalogueQuery.all().withDeployment(org.uplift.marketplace.solution.Deployment.SAAS)
                .withPrice(null, 50_000_00L).sortedBy(CatalogueSort.PRICE_ASC).page(0, 3), provider);
        assertThat(cheapSaas.items()).extracting(CatalogueItem::priceFen).isSorted().allMatch(p -> p <= 50_000_00L);
        assertThat(cheapSaas.items()).hasSize(3);
        assertThat(cheapSaas.total()).isGreaterThan(3);
        assertThat(search(CatalogueQuery.all().withScenario("SC07"), provider).items())
                .allMatch(i -> i.content().levelFor("SC07") > 0).hasSize(3);
        assertThat(search(CatalogueQuery.all().withDimension("D4"), provider).items())
                .allMatch(i -> i.dimensions().contains("D4"));
        assertThat(search(CatalogueQuery.all().withSubsidyEligible(true), provider).total())
                .as("every demo package has software, cloud or hardware lines").isEqualTo(DemoCatalogue.SIZE);
        assertThat(search(CatalogueQuery.all().withMinRating(new java.math.BigDecimal("4")), provider).total())
                .as("nobody is rated yet").isZero();
    }

    @Test
    void a_provider_not_admitted_is_not_listed_and_a_suspended_one_leaves_at_once() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.provider();
        demo.publish(List.of(provider.tenantId()));
        assertThat(search(CatalogueQuery.all(), provider).total()).isZero();

        market.admit(provider);
        assertThat(search(CatalogueQuery.all(), provider).total()).isEqualTo(DemoCatalogue.SIZE);

        market.asPool(provider, () -> pool.suspend(provider.tenantId(), "资质证书过期"));
        assertThat(search(CatalogueQuery.text("质量"), provider).total()).isZero();
        assertThat(catalogue.rebuild()).isGreaterThanOrEqualTo(0);
        assertThat(search(CatalogueQuery.all(), provider).total()).as("also after a rebuild").isZero();

        market.admit(provider);
        assertThat(search(CatalogueQuery.all(), provider).total()).isEqualTo(DemoCatalogue.SIZE);
    }

    @Test
    void a_rebuild_from_mongodb_finds_the_same() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        demo.publish(List.of(provider.tenantId()));
        List<String> before = names(CatalogueQuery.text("设备"), provider);

        catalogue.rebuild();

        assertThat(names(CatalogueQuery.text("设备"), provider)).isEqualTo(before).isNotEmpty();
    }

    @Test
    void up_to_three_packages_compare_side_by_side_and_a_fourth_is_refused() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        demo.publish(List.of(provider.tenantId()));
        List<CatalogueItem> quality = search(CatalogueQuery.all().withScenario("SC07").sortedBy(CatalogueSort.PRICE_ASC),
                provider).items();

        Comparison comparison = catalogue.compare(quality.stream().map(CatalogueItem::packageId).toList());

        assertThat(comparison.packages()).extracting(CatalogueItem::packageId)
                .containsExactlyElementsOf(quality.stream().map(CatalogueItem::packageId).toList());
        assertThat(comparison.rows()).allMatch(row -> row.values().size() == 3);
        assertThat(comparison.rows()).filteredOn(r -> r.labelKey().equals("marketplace.compare.price"))
                .singleElement().extracting(Comparison.Row::values)
                .isEqualTo(quality.stream().map(i -> (Object) i.priceFen()).toList());
        assertThat(comparison.rows()).filteredOn(r -> r.labelKey().equals("marketplace.compare.scenario"))
                .extracting(r -> r.labelArguments().get(0)).contains("SC07", "SC11");

        List<String> four = search(CatalogueQuery.all().page(0, 4), provider).items().stream()
                .map(CatalogueItem::packageId).toList();
        assertThatThrownBy(() -> catalogue.compare(four)).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::messageKey)
                        .containsExactly(tuple("packageIds", Catalogue.TOO_MANY_TO_COMPARE)));
    }

    @Test
    void bad_paging_and_price_ranges_are_refused_on_their_fields() {
        assertThatThrownBy(() -> catalogue.search(CatalogueQuery.all().withPrice(500L, 100L).page(-1, 500)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("page", "size", "maxPrice"));
    }
}
