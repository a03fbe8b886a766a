package org.uplift.marketplace;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.marketplace.solution.SolutionCategory;

/** Valid package contents for tests, varied by what the test is about. */
public final class TestPackages {

    private TestPackages() {
    }

    /** A valid package of this name and price (one software line), improving these scenarios. */
    public static PackageContent content(String nameZh, long priceFen, ScenarioTarget... scenarios) {
        return content(nameZh, "面向中小制造企业的轻量化解决方案", SolutionCategory.PRODUCTION_EXECUTION, priceFen,
                Set.of(Deployment.SAAS), List.of(new CostLine(CostCategory.SOFTWARE, priceFen, "软件订阅一年")),
                List.of(), Arrays.asList(scenarios));
    }

    public static PackageContent content(String nameZh, String summaryZh, SolutionCategory category, long priceFen,
            Set<Deployment> deployments, List<CostLine> costLines, List<String> dimensions,
            List<ScenarioTarget> scenarios) {
        return new PackageContent(nameZh, null, summaryZh, null, summaryZh + "。包含实施、培训与一年运维。", null, category,
                null, dimensions, scenarios, priceFen, "软件授权、实施部署、操作培训", null, costLines, 30, deployments,
                List.of(new ReferenceCase("杭州某机械有限公司", "通用设备制造", 2024, "交付后不良率下降 20%")));
    }

    /** The same content with another description. */
    public static PackageContent describedAs(PackageContent c, String descriptionZh) {
        return new PackageContent(c.nameZh(), c.nameEn(), c.summaryZh(), c.summaryEn(), descriptionZh,
                c.descriptionEn(), c.category(), c.frameworkId(), c.dimensions(), c.scenarios(), c.priceFen(),
                c.priceCoversZh(), c.priceCoversEn(), c.costLines(), c.deliveryDays(), c.deployments(),
                c.referenceCases());
    }

    public static ScenarioTarget scenario(String key, int level) {
        return new ScenarioTarget(key, level);
    }
}
