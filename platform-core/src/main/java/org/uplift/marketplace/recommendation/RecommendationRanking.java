package org.uplift.marketplace.recommendation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.uplift.marketplace.catalogue.CatalogueItem;

/**
 * The ranking rule of "recommended for you": packages ordered by how much of the gap to the next level
 * they close. Pure and deterministic.
 * <ol>
 * <li>more constrained scenarios brought to the target level (the constrained gate is the one SMEs miss
 * most, and only scenarios can pass it);</li>
 * <li>then more scenarios brought to the target level in all;</li>
 * <li>then more needed scenarios raised part of the way;</li>
 * <li>then more points in the dimensions whose questions the plan asks to improve;</li>
 * <li>ties: subsidy-eligible first, then cheaper, then by package id.</li>
 * </ol>
 * A package that does none of these is not recommended.
 */
public final class RecommendationRanking {

    private static final Comparator<RecommendedPackage> ORDER = Comparator
            .comparingInt(RecommendedPackage::closedConstrained).reversed()
            .thenComparing(Comparator.comparingInt(RecommendedPackage::closedScenarios).reversed())
            .thenComparing(Comparator.comparingInt(RecommendedPackage::raisedScenarios).reversed())
            .thenComparing(Comparator.comparing(RecommendedPackage::dimensionGain).reversed())
            .thenComparing(r -> !r.item().subsidyEligible())
            .thenComparingLong(r -> r.item().priceFen())
            .thenComparing(r -> r.item().packageId());

    private RecommendationRanking() {
    }

    public static List<RecommendedPackage> rank(GapNeeds needs, List<CatalogueItem> candidates, int limit) {
        return candidates.stream().map(item -> assess(needs, item)).flatMap(Optional::stream).sorted(ORDER)
                .limit(Math.max(0, limit)).toList();
    }

    /** How far one package closes the gap, and why it is recommended; empty when it does not help. */
    static Optional<RecommendedPackage> assess(GapNeeds needs, CatalogueItem item) {
        List<GapNeeds.ScenarioNeed> closed = needs.scenarios().stream()
                .filter(n -> item.content().levelFor(n.scenarioKey()) >= n.targetLevel()).toList();
        List<GapNeeds.ScenarioNeed> closedConstrained = closed.stream().filter(GapNeeds.ScenarioNeed::constrained).toList();
        List<GapNeeds.ScenarioNeed> raised = needs.scenarios().stream().filter(n -> !closed.contains(n))
                .filter(n -> item.content().levelFor(n.scenarioKey()) > n.currentLevel()).toList();
        List<String> dimensions = needs.dimensionGains().keySet().stream().filter(item.dimensions()::contains).sorted()
                .toList();
        BigDecimal gain = dimensions.stream().map(needs.dimensionGains()::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        RecommendationReason reason;
        if (!closedConstrained.isEmpty()) {
            reason = new RecommendationReason(RecommendationReason.RAISES_CONSTRAINED, keys(closedConstrained),
                    List.of(needs.targetLevel(), closedConstrained.size(), needs.constrainedNeeded()));
        } else if (!closed.isEmpty()) {
            reason = new RecommendationReason(RecommendationReason.RAISES_SCENARIOS, keys(closed),
                    List.of(needs.targetLevel(), closed.size(), needs.scenarios().size()));
        } else if (!raised.isEmpty()) {
            GapNeeds.ScenarioNeed first = raised.get(0);
            reason = new RecommendationReason(RecommendationReason.IMPROVES_SCENARIO, List.of(first.scenarioKey()),
                    List.of(first.currentLevel(), item.content().levelFor(first.scenarioKey()), first.targetLevel()));
        } else if (!dimensions.isEmpty()) {
            reason = new RecommendationReason(RecommendationReason.STRENGTHENS_DIMENSION, dimensions, List.of(gain));
        } else {
            return Optional.empty();
        }
        return Optional.of(new RecommendedPackage(item, reason, closedConstrained.size(), closed.size(), raised.size(),
                gain));
    }

    private static List<String> keys(List<GapNeeds.ScenarioNeed> needs) {
        return needs.stream().map(GapNeeds.ScenarioNeed::scenarioKey).toList();
    }
}
