package org.uplift.marketplace.recommendation;

import org.uplift.identity.TestActors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.marketplace.MarketplaceFixture;
import org.uplift.organisation.TestProviders;
import org.uplift.tenancy.TenantContext;

/** "Recommended for you" from an assessment published with its improvement plan, on the embedded MongoDB. */
@SpringBootTest
class PackageRecommendationsTest {

    /** Level 1, for level 2: SC07 and SC08 (constrained) and SC10 (constrained) must reach 2. */
    static final List<Recommendation> PLAN = List.of(
            new Recommendation(1, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC07", "D2-2", null,
                    null, 1, 2, true),
            new Recommendation(2, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC08", "D2-2", null,
                    null, 1, 2, true),
            new Recommendation(3, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC10", "D2-2", null,
                    null, 0, 2, true),
            new Recommendation(4, Recommendation.Kind.QUESTION, Recommendation.Reason.NEXT_LEVEL, "Q9", "D3", "C",
                    new BigDecimal("3.00"), null, 2, false));

    @Autowired
    PackageRecommendations recommendations;
    @Autowired
    Assessments assessments;
    @Autowired
    ApplicationContext context;

    final String sme = "sme-" + UUID.randomUUID();

    void publishAssessment(List<Recommendation> plan, int level) {
        TenantContext.runAs(sme, () -> {
            String id = TestActors.asOwner("owner", () -> assessments.start()).getId();
            org.uplift.identity.TestActors.asOwner("owner", () -> assessments.submit(id));
            assessments.recordRecommendations(id, plan);
            assessments.recordLevel(id, level);
        });
    }

    @Test
    void without_a_published_assessment_there_is_nothing_to_recommend() {
        assertThat(TenantContext.callAs(sme, () -> recommendations.forCurrentSme(10))).isEmpty();
    }

    @Test
    void packages_closing_more_constrained_gaps_come_first_with_their_reason() {
        MarketplaceFixture market = new MarketplaceFixture(context);
        TestProviders.Provider provider = market.admittedProvider();
        String both = market.published(provider, content("质量与设备一体化平台", 9_000_000, scenario("SC07", 2),
                scenario("SC08", 2))).getId();
        String quality = market.published(provider, content("质量管理系统", 3_000_000, scenario("SC07", 3))).getId();
        String offGap = market.published(provider, content("协同办公平台", 1_000_000, scenario("SC15", 3))).getId();
        TestProviders.Provider suspended = market.admittedProvider();
        String hidden = market.published(suspended, content("能耗监测", 1_000_000, scenario("SC10", 2))).getId();
        market.asPool(suspended, () -> context.getBean(org.uplift.marketplace.pool.ProviderPool.class)
                .suspend(suspended.tenantId(), "整改中"));
        publishAssessment(PLAN, 1);

        Recommendations found = TenantContext.callAs(sme, () -> recommendations.forCurrentSme(1000)).orElseThrow();

        assertThat(found.level()).isEqualTo(1);
        assertThat(found.targetLevel()).isEqualTo(2);
        List<String> ids = found.packages().stream().map(r -> r.item().packageId()).toList();
        assertThat(ids).contains(both, quality).doesNotContain(offGap, hidden);
        assertThat(ids.indexOf(both)).isLessThan(ids.indexOf(quality));
        RecommendedPackage first = found.packages().get(ids.indexOf(quality));
        assertThat(first.reason().messageKey()).isEqualTo(RecommendationReason.RAISES_CONSTRAINED);
        assertThat(first.reason().arguments(key -> key.equals("SC07") ? "质量管理" : key, "、"))
                .containsExactly("质量管理", 2, 1, 3);
    }
}
