package org.uplift.marketplace.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;

/**
 * A package as the catalogue shows it: its latest published version ({@code packageId} + {@code version},
 * what a quote refers to) and its provider.
 *
 * @param eligibleCostFen the part of the price in subsidy-eligible cost categories
 */
public record CatalogueItem(String packageId, int version, String providerTenantId, String providerName,
        String nameZh, String nameEn, String summaryZh, String summaryEn, SolutionCategory category, long priceFen,
        List<String> dimensions, List<ScenarioTarget> scenarios, Set<Deployment> deployments, int deliveryDays,
        BigDecimal providerRating, boolean subsidyEligible, long eligibleCostFen, PackageContent content) {

    static CatalogueItem of(CatalogueEntry entry, Set<org.uplift.marketplace.solution.CostCategory> eligible) {
        PackageContent c = entry.getContent();
        long eligibleCost = c.costIn(eligible);
        return new CatalogueItem(entry.getPackageId(), entry.getVersion(), entry.getProviderTenantId(),
                entry.getProviderName(), c.nameZh(), c.nameEn(), c.summaryZh(), c.summaryEn(), c.category(),
                c.priceFen(), c.dimensions(), c.scenarios(), c.deployments(), c.deliveryDays(),
                entry.getProviderRating(), entry.isAdmitted() && eligibleCost > 0, eligibleCost, c);
    }
}
