package org.uplift.marketplace.solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.uplift.marketplace.TestPackages.content;
import static org.uplift.marketplace.TestPackages.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.framework.ScoringMethod;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

class PackageRulesTest {

    /** The keys as MIIT's: scored dimensions D1, D3, D4; scenarios SC01..SC16 (a few suffice here). */
    static final Framework MIIT = new Framework("miit-2024", "2024", "测试", "test", ScoringMethod.SUM_OF_POINTS,
            List.of(new Dimension("D1", "数字化基础", "foundation", BigDecimal.TEN, List.of()),
                    new Dimension("D3", "数字化管理", "management", BigDecimal.TEN, List.of())),
            List.of(new ScenarioArea("D2-2", "生产执行数字化", "production", List.of(
                    new Scenario("SC07", "质量管理", "Quality", true, List.of()),
                    new Scenario("SC08", "设备管理", "Equipment", true, List.of())))));

    static List<Violation> violations(PackageContent content) {
        try {
            PackageRules.check(content, Optional.of(MIIT), 2026).throwIfAny();
            return List.of();
        } catch (InputRejectedException e) {
            return e.violations();
        }
    }

    static PackageContent with(PackageContent c, long price, List<CostLine> lines, List<ScenarioTarget> scenarios,
            List<String> dimensions, int deliveryDays, Set<Deployment> deployments) {
        return new PackageContent(c.nameZh(), c.nameEn(), c.summaryZh(), c.summaryEn(), c.descriptionZh(),
                c.descriptionEn(), c.category(), c.frameworkId(), dimensions, scenarios, price, c.priceCoversZh(),
                c.priceCoversEn(), lines, deliveryDays, deployments, c.referenceCases());
    }

    @Test
    void a_complete_package_passes() {
        assertThat(violations(content("质量管理系统", 5_800_000, scenario("SC07", 2)))).isEmpty();
    }

    @Test
    void chinese_texts_are_required_and_english_ones_optional() {
        PackageContent blank = new PackageContent(" ", null, "", null, null, null, null, null, List.of("D1"), List.of(),
                100, null, null, List.of(new CostLine(CostCategory.SOFTWARE, 100, "许可")), 10, Set.of(Deployment.SAAS),
                List.of());
        assertThat(violations(blank)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple("nameZh", PackageRules.REQUIRED), tuple("summaryZh", PackageRules.REQUIRED),
                tuple("descriptionZh", PackageRules.REQUIRED), tuple("category", PackageRules.REQUIRED),
                tuple("priceCoversZh", PackageRules.REQUIRED));
    }

    @Test
    void cost_lines_must_add_up_to_the_price() {
        PackageContent c = content("质量管理系统", 5_800_000, scenario("SC07", 2));
        PackageContent off = with(c, 5_800_000, List.of(new CostLine(CostCategory.SOFTWARE, 3_000_000, "许可"),
                new CostLine(CostCategory.CONSULTING, 2_000_000, "实施")), c.scenarios(), c.dimensions(), 30,
                c.deployments());
        assertThat(violations(off)).extracting(Violation::field, Violation::messageKey, Violation::arguments)
                .containsExactly(tuple("costLines", PackageRules.COST_LINES_SUM,
                        List.of(PackageRules.yuan(5_000_000), PackageRules.yuan(5_800_000))));
    }

    @Test
    void bad_amounts_prices_and_delivery_times_are_named_on_their_fields() {
        PackageContent c = content("质量管理系统", 5_800_000, scenario("SC07", 2));
        PackageContent bad = with(c, 0, List.of(new CostLine(null, -5, " ")), c.scenarios(), c.dimensions(), 0, Set.of());
        assertThat(violations(bad)).extracting(Violation::field).containsExactlyInAnyOrder("priceFen",
                "costLines[0].category", "costLines[0].amountFen", "costLines[0].description", "deliveryDays",
                "deployments");
    }

    @Test
    void scenarios_and_dimensions_use_the_framework_keys_and_levels() {
        PackageContent c = content("质量管理系统", 5_800_000);
        PackageContent bad = with(c, c.priceFen(), c.costLines(),
                List.of(scenario("SC07", 5), scenario("SC99", 2), scenario("SC07", 2)), List.of("D2", "D1"), 30,
                c.deployments());
        assertThat(violations(bad)).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
                tuple("scenarios[0].level", PackageRules.LEVEL_RANGE),
                tuple("scenarios[1].scenarioKey", PackageRules.UNKNOWN_SCENARIO),
                tuple("scenarios[2].scenarioKey", PackageRules.DUPLICATE),
                tuple("dimensions[0]", PackageRules.UNKNOWN_DIMENSION));
    }

    @Test
    void a_package_must_improve_something() {
        PackageContent c = content("质量管理系统", 5_800_000);
        assertThat(violations(c)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple("scenarios", PackageRules.IMPROVES_NOTHING));
    }

    @Test
    void reference_cases_cannot_lie_in_the_future() {
        PackageContent c = content("质量管理系统", 5_800_000, scenario("SC07", 2));
        PackageContent future = new PackageContent(c.nameZh(), null, c.summaryZh(), null, c.descriptionZh(), null,
                c.category(), null, List.of(), c.scenarios(), c.priceFen(), c.priceCoversZh(), null, c.costLines(), 30,
                c.deployments(), List.of(new ReferenceCase("某公司", null, 2027, "上线")));
        assertThat(violations(future)).extracting(Violation::field).containsExactly("referenceCases[0].year");
    }

    @Test
    void an_unknown_framework_is_refused() {
        PackageContent c = content("质量管理系统", 5_800_000, scenario("SC07", 2));
        assertThat(PackageRules.check(c, Optional.empty(), 2026).isEmpty()).isFalse();
    }
}
