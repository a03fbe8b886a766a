package org.uplift.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.DemoCatalogue;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * The marketplace's demo state: the demo authority has admitted {@link DemoData#ADMITTED_PROVIDERS} to its
 * pool, and their packages ({@link DemoCatalogue}) are the catalogue. Seeding twice changes nothing.
 */
@Component
@Order(10)
class DemoMarketplace implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoMarketplace.class);

    private final Organisations organisations;
    private final ProviderPool pool;
    private final DemoCatalogue catalogue;

    DemoMarketplace(Organisations organisations, ProviderPool pool, DemoCatalogue catalogue) {
        this.organisations = organisations;
        this.pool = pool;
        this.catalogue = catalogue;
    }

    @Override
    public void seed() {
        String authority = organisations.all().stream()
                .filter(o -> o.getKind() == TenantKind.AUTHORITY && DemoData.AUTHORITY.equals(o.getName()))
                .map(Organisation::getId).findFirst().orElse(null);
        if (authority == null) {
            return;
        }
        List<String> admitted = organisations.providers().stream()
                .filter(o -> DemoData.ADMITTED_PROVIDERS.contains(o.getCreditCode()))
                .map(Organisation::getId).toList();
        TenantContext.runAs(authority, () -> SystemWork.run("demo data: the demo authority's provider pool",
                () -> admitted.stream().filter(provider -> pool.standing(provider).isEmpty())
                        .forEach(provider -> pool.admit(provider, authority, "演示数据：资质审核通过，公示期满"))));
        int published = catalogue.publish(admitted).size();
        if (published > 0) {
            log.info("Demo catalogue published: {} packages of {} admitted providers", published, admitted.size());
        }
    }
}
