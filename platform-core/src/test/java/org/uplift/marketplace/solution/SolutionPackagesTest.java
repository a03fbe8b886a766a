package org.uplift.marketplace.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.TestActors;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.CatalogueQuery;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest
class SolutionPackagesTest {

    @Autowired
    SolutionPackages packages;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ApplicationContext context;

    final PackageContent v1 = content("质量管理系统", 5_800_000, scenario("SC07", 2));
    final PackageContent v2 = content("质量管理系统 专业版", 7_800_000, scenario("SC07", 3));

    static void assertRefused(ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                .extracting(Violation::field, Violation::messageKey).containsExactly(org.assertj.core.api.Assertions.tuple(field, key)));
    }

    List<CatalogueItem> listed(TestProviders.Provider provider) {
        return catalogue.search(CatalogueQuery.all().withProvider(provider.tenantId())).items();
    }

    @Test
    void an_admin_drafts_and_publishes_version_one_and_the_catalogue_lists_it_at_once() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();

        SolutionPackage draft = market.asAdmin(provider, () -> packages.create(v1));
        assertThat(draft.getStatus()).isEqualTo(PackageStatus.DRAFT);
        assertThat(draft.getCreatedBy()).isEqualTo(provider.admin().userId());
        assertThat(listed(provider)).isEmpty();

        SolutionPackage published = market.asAdmin(provider, () -> packages.publish(draft.getId()));

        assertThat(published.getPublishedVersion()).isEqualTo(1);
        assertThat(listed(provider)).singleElement().satisfies(item -> {
            assertThat(item.packageId()).isEqualTo(draft.getId());
            assertThat(item.version()).isEqualTo(1);
            assertThat(item.providerName()).isEqualTo(provider.name());
            assertThat(item.priceFen()).isEqualTo(5_800_000);
        });
        assertThat(catalogue.search(CatalogueQuery.text("质量").withProvider(provider.tenantId())).total()).isEqualTo(1);
    }

    @Test
    void a_consultant_reads_but_cannot_create_edit_discard_publish_or_withdraw() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        assertRefused(() -> market.asConsultant(provider, () -> packages.create(v1)), "package",
                SolutionPackages.ADMINS_EDIT);
        String id = market.asAdmin(provider, () -> packages.create(v1)).getId();

        assertThat(market.asConsultant(provider, packages::mine)).extracting(SolutionPackage::getId).containsExactly(id);
        assertThat(market.asConsultant(provider, packages::mayEdit)).isFalse();
        assertThat(market.asAdmin(provider, packages::mayEdit)).isTrue();
        assertRefused(() -> market.asConsultant(provider, () -> packages.edit(id, v2)), "package",
                SolutionPackages.ADMINS_EDIT);
        assertRefused(() -> market.asConsultant(provider, () -> packages.discardDraft(id)), "package",
                SolutionPackages.ADMINS_EDIT);
        assertThat(market.asAdmin(provider, () -> packages.find(id))).get()
                .extracting(p -> p.current().nameZh()).isEqualTo("质量管理系统");

        assertRefused(() -> market.asConsultant(provider, () -> packages.publish(id)), "package",
                SolutionPackages.ADMINS_PUBLISH);
        market.asAdmin(provider, () -> packages.publish(id));
        assertRefused(() -> market.asConsultant(provider, () -> packages.withdraw(id)), "package",
                SolutionPackages.ADMINS_PUBLISH);
        assertThat(listed(provider)).hasSize(1);
    }

    @Test
    void an_sme_cannot_create_packages() {
        TestSmes.Sme sme = new TestSmes(context).register();
        assertRefused(() -> TenantContext.runAs(sme.tenantId(),
                () -> TestActors.asOwner(sme.owner().userId(), () -> packages.create(v1))), "package",
                SolutionPackages.PROVIDERS_EDIT);
        assertThat(TenantContext.callAs(sme.tenantId(), packages::mine)).isEmpty();
    }

    @Test
    void editing_a_published_package_drafts_version_two_while_the_catalogue_keeps_version_one() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        String id = market.published(provider, v1).getId();

        SolutionPackage editing = market.asAdmin(provider, () -> packages.edit(id, v2));

        assertThat(editing.getDraftVersion()).isEqualTo(2);
        assertThat(listed(provider)).singleElement().satisfies(item -> {
            assertThat(item.version()).isEqualTo(1);
            assertThat(item.nameZh()).isEqualTo("质量管理系统");
        });

        market.asAdmin(provider, () -> packages.publish(id));

        assertThat(listed(provider)).singleElement().satisfies(item -> {
            assertThat(item.version()).isEqualTo(2);
            assertThat(item.priceFen()).isEqualTo(7_800_000);
        });
        assertThat(packages.publishedVersion(id, 1)).get().extracting(PublishedSolution::getContent).isEqualTo(v1);
        assertThat(packages.publishedVersion(id, 2)).get().extracting(PublishedSolution::getContent).isEqualTo(v2);
        assertThat(market.asAdmin(provider, () -> packages.versions(id))).extracting(PublishedSolution::getVersion)
                .containsExactly(2, 1);
    }

    @Test
    void withdrawing_drops_it_from_the_catalogue_at_once_and_publishing_again_lists_the_same_version() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        String id = market.published(provider, v1).getId();

        SolutionPackage withdrawn = market.asAdmin(provider, () -> packages.withdraw(id));

        assertThat(withdrawn.getStatus()).isEqualTo(PackageStatus.WITHDRAWN);
        assertThat(listed(provider)).isEmpty();
        assertThat(catalogue.find(id)).isEmpty();
        assertThat(packages.publishedVersion(id, 1)).as("quotes still read it").isPresent();
        assertRefused(() -> market.asAdmin(provider, () -> packages.withdraw(id)), "id", SolutionPackages.NOT_PUBLISHED);

        market.asAdmin(provider, () -> packages.publish(id));

        assertThat(listed(provider)).extracting(CatalogueItem::version).containsExactly(1);
    }

    @Test
    void nothing_to_publish_is_refused() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        String id = market.published(provider, v1).getId();
        assertRefused(() -> market.asAdmin(provider, () -> packages.publish(id)), "id",
                SolutionPackages.NOTHING_TO_PUBLISH);
    }

    @Test
    void bad_input_is_refused_on_its_fields_and_nothing_is_saved() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        PackageContent bad = content("质量管理系统", -1, scenario("SC07", 9));

        assertThatThrownBy(() -> market.asAdmin(provider, () -> packages.create(bad)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains("priceFen", "scenarios[0].level"));
        assertThat(market.asAdmin(provider, packages::mine)).isEmpty();
    }

    @Test
    void a_provider_cannot_edit_publish_or_withdraw_another_providers_package() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider owner = market.admittedProvider();
        TestProviders.Provider other = market.admittedProvider();
        String id = market.published(owner, v1).getId();

        assertRefused(() -> market.asAdmin(other, () -> packages.edit(id, v2)), "id", SolutionPackages.UNKNOWN);
        assertRefused(() -> market.asAdmin(other, () -> packages.withdraw(id)), "id", SolutionPackages.UNKNOWN);
        assertRefused(() -> market.asAdmin(other, () -> packages.publish(id)), "id", SolutionPackages.UNKNOWN);
        assertThat(market.asAdmin(other, () -> packages.versions(id))).isEmpty();

        assertThat(listed(owner)).extracting(CatalogueItem::nameZh).containsExactly("质量管理系统");
    }
}
