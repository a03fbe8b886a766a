package org.uplift.marketplace.recommendation;

import java.math.BigDecimal;

import org.uplift.marketplace.catalogue.CatalogueItem;

/**
 * A catalogue package recommended to an SME, with why and by how much it closes the gap.
 *
 * @param closedConstrained constrained scenarios it brings to the target level
 * @param closedScenarios   scenarios (constrained or not) it brings to the target level
 * @param raisedScenarios   needed scenarios it raises, but not as far as the target
 * @param dimensionGain     the points of the plan's question steps in dimensions it improves
 */
public record RecommendedPackage(CatalogueItem item, RecommendationReason reason, int closedConstrained,
        int closedScenarios, int raisedScenarios, BigDecimal dimensionGain) {
}
