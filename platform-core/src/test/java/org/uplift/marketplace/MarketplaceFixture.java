package org.uplift.marketplace;

import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.SolutionPackage;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.organisation.TestProviders;
import org.uplift.tenancy.TenantContext;

/** Registered providers acting through the real services: their admin, their consultant, the pool's decisions. */
public final class MarketplaceFixture {

    private final TestProviders providers;
    private final SolutionPackages packages;
    private final ProviderPool pool;

    public MarketplaceFixture(ApplicationContext context) {
        this.providers = new TestProviders(context);
        this.packages = context.getBean(SolutionPackages.class);
        this.pool = context.getBean(ProviderPool.class);
    }

    public TestProviders.Provider provider() {
        return providers.register();
    }

    /** A registered provider admitted to the pool. */
    public TestProviders.Provider admittedProvider() {
        TestProviders.Provider provider = providers.register();
        admit(provider);
        return provider;
    }

    public void admit(TestProviders.Provider provider) {
        asPool(provider, () -> pool.admit(provider.tenantId(), null, "测试准入"));
    }

    /** The pool's decisions, as the admission process will take them (system work). */
    public <T> T asPool(TestProviders.Provider provider, Supplier<T> work) {
        return TenantContext.callAs(provider.tenantId(), () -> SystemWork.call("test: pool decision", work));
    }

    public <T> T asAdmin(TestProviders.Provider provider, Supplier<T> work) {
        return TenantContext.callAs(provider.tenantId(),
                () -> ActingWithRole.as(Role.PROVIDER_ADMIN, provider.admin().userId(), work));
    }

    public <T> T asConsultant(TestProviders.Provider provider, Supplier<T> work) {
        return TenantContext.callAs(provider.tenantId(),
                () -> ActingWithRole.as(Role.PROVIDER_CONSULTANT, provider.consultant().userId(), work));
    }

    /** Creates and publishes the package as the provider's admin. */
    public SolutionPackage published(TestProviders.Provider provider, PackageContent content) {
        return asAdmin(provider, () -> packages.publish(packages.create(content).getId()));
    }
}
