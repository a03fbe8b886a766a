package org.uplift.marketplace;

import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.uplift.SignedIn;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.marketplace.solution.SolutionPackages;
import org.uplift.organisation.TestProviders.Provider;

/**
 * Admitted providers publishing packages in the application, as their signed-in admin would (the live
 * actor), for catalogue tests in tenant-ui; the pool's admission as in {@link MarketplaceFixture}.
 */
public final class LiveMarketplace {

    private final MarketplaceFixture fixture;
    private final SolutionPackages packages;

    public LiveMarketplace(ApplicationContext context) {
        this.fixture = new MarketplaceFixture(context);
        this.packages = context.getBean(SolutionPackages.class);
    }

    public Provider admittedProvider() {
        return fixture.admittedProvider();
    }

    /** Publishes the package as the provider's admin; returns its id. */
    public String publish(Provider provider, PackageContent content) {
        return SignedIn.as(provider.admin(), () -> packages.publish(packages.create(content).getId()).getId());
    }

    /** A valid package: one cost line of the whole price in {@code cost}, improving these scenarios. */
    public String publish(Provider provider, String name, SolutionCategory category, long priceFen,
            Deployment deployment, CostCategory cost, ScenarioTarget... scenarios) {
        return publish(provider, TestPackages.content(name, name + "，面向中小制造企业", category, priceFen,
                Set.of(deployment), List.of(new CostLine(cost, priceFen, "一年服务")), List.of(), List.of(scenarios)));
    }
}
