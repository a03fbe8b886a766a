package org.uplift.marketplace.solution;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Scenario;
import org.uplift.validation.Violations;

/**
 * What a package must say before it is saved: every reason at once, each on its field as the editor and
 * the API name it ({@code costLines[1].amountFen}). The cost lines must add up to the price, so what the
 * SME pays is exactly what the lines (and a subsidy's eligible categories) describe.
 */
public final class PackageRules {

    public static final String TOO_LONG = "marketplace.package.tooLong";
    public static final String UNKNOWN_FRAMEWORK = "marketplace.package.unknownFramework";
    public static final String UNKNOWN_DIMENSION = "marketplace.package.unknownDimension";
    public static final String UNKNOWN_SCENARIO = "marketplace.package.unknownScenario";
    public static final String DUPLICATE = "marketplace.package.duplicate";
    public static final String LEVEL_RANGE = "marketplace.package.levelRange";
    public static final String IMPROVES_NOTHING = "marketplace.package.improvesNothing";
    public static final String PRICE_RANGE = "marketplace.package.priceRange";
    public static final String COST_LINES_REQUIRED = "marketplace.package.costLinesRequired";
    public static final String AMOUNT_POSITIVE = "marketplace.package.amountPositive";
    public static final String COST_LINES_SUM = "marketplace.package.costLinesSum";
    public static final String DELIVERY_RANGE = "marketplace.package.deliveryDaysRange";
    public static final String TOO_MANY = "marketplace.package.tooMany";
    public static final String YEAR_RANGE = "marketplace.package.yearRange";
    public static final String REQUIRED = "validation.required";

    /** ¥10 million: above it a "small, fast, light, precise" package is a typing error. */
    public static final long MAX_PRICE_FEN = 10_000_000_00L;
    public static final int MAX_DELIVERY_DAYS = 730;
    public static final int MAX_REFERENCE_CASES = 10;
    public static final int MAX_COST_LINES = 20;
    static final int FIRST_REFERENCE_YEAR = 1990;

    private PackageRules() {
    }

    /**
     * @param framework   the framework {@code content.frameworkId()} names, empty when it is unknown
     * @param currentYear reference cases cannot lie in the future
     */
    public static Violations check(PackageContent content, Optional<Framework> framework, int currentYear) {
        Violations v = new Violations();
        text(v, content.nameZh(), "nameZh", true, 60);
        text(v, content.nameEn(), "nameEn", false, 120);
        text(v, content.summaryZh(), "summaryZh", true, 200);
        text(v, content.summaryEn(), "summaryEn", false, 400);
        text(v, content.descriptionZh(), "descriptionZh", true, 5000);
        text(v, content.descriptionEn(), "descriptionEn", false, 10000);
        v.check(content.category() != null, "category", REQUIRED);
        improvements(v, content, framework);
        v.check(content.priceFen() > 0 && content.priceFen() <= MAX_PRICE_FEN, "priceFen", PRICE_RANGE,
                yuan(MAX_PRICE_FEN));
        text(v, content.priceCoversZh(), "priceCoversZh", true, 500);
        text(v, content.priceCoversEn(), "priceCoversEn", false, 1000);
        costLines(v, content);
        v.check(content.deliveryDays() >= 1 && content.deliveryDays() <= MAX_DELIVERY_DAYS, "deliveryDays",
                DELIVERY_RANGE, MAX_DELIVERY_DAYS);
        v.check(!content.deployments().isEmpty(), "deployments", REQUIRED);
        referenceCases(v, content, currentYear);
        return v;
    }

    /** Fen as yuan with two decimals, for messages ({@code {0,number,#,##0.00}}). */
    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    private static void improvements(Violations v, PackageContent content, Optional<Framework> framework) {
        if (framework.isEmpty()) {
            v.add("frameworkId", UNKNOWN_FRAMEWORK, content.frameworkId());
            return;
        }
        Framework f = framework.get();
        v.check(!content.dimensions().isEmpty() || !content.scenarios().isEmpty(), "scenarios", IMPROVES_NOTHING);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < content.dimensions().size(); i++) {
            String key = content.dimensions().get(i);
            String field = "dimensions[" + i + "]";
            if (f.dimensions().stream().noneMatch(d -> d.key().equals(key))) {
                v.add(field, UNKNOWN_DIMENSION, String.valueOf(key));
            } else if (!seen.add(key)) {
                v.add(field, DUPLICATE, key);
            }
        }
        seen.clear();
        for (int i = 0; i < content.scenarios().size(); i++) {
            ScenarioTarget target = content.scenarios().get(i);
            String field = "scenarios[" + i + "]";
            if (target == null || f.scenario(String.valueOf(target.scenarioKey())).isEmpty()) {
                v.add(field + ".scenarioKey", UNKNOWN_SCENARIO, target == null ? "" : String.valueOf(target.scenarioKey()));
                continue;
            }
            if (!seen.add(target.scenarioKey())) {
                v.add(field + ".scenarioKey", DUPLICATE, target.scenarioKey());
            }
            v.check(target.level() >= 1 && target.level() <= Scenario.MAX_LEVEL, field + ".level", LEVEL_RANGE,
                    Scenario.MAX_LEVEL);
        }
    }

    private static void costLines(Violations v, PackageContent content) {
        List<CostLine> lines = content.costLines();
        if (lines.isEmpty()) {
            v.add("costLines", COST_LINES_REQUIRED);
            return;
        }
        if (lines.size() > MAX_COST_LINES) {
            v.add("costLines", TOO_MANY, MAX_COST_LINES);
            return;
        }
        long sum = 0;
        boolean amountsValid = true;
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            String field = "costLines[" + i + "]";
            if (line == null) {
                v.add(field, REQUIRED);
                amountsValid = false;
                continue;
            }
            v.check(line.category() != null, field + ".category", REQUIRED);
            if (line.amountFen() <= 0 || line.amountFen() > MAX_PRICE_FEN) {
                v.add(field + ".amountFen", AMOUNT_POSITIVE, yuan(MAX_PRICE_FEN));
                amountsValid = false;
            } else {
                sum += line.amountFen();
            }
            text(v, line.description(), field + ".description", true, 200);
        }
        if (amountsValid && content.priceFen() > 0 && sum != content.priceFen()) {
            v.add("costLines", COST_LINES_SUM, yuan(sum), yuan(content.priceFen()));
        }
    }

    private static void referenceCases(Violations v, PackageContent content, int currentYear) {
        List<ReferenceCase> cases = content.referenceCases();
        if (cases.size() > MAX_REFERENCE_CASES) {
            v.add("referenceCases", TOO_MANY, MAX_REFERENCE_CASES);
            return;
        }
        for (int i = 0; i < cases.size(); i++) {
            ReferenceCase c = cases.get(i);
            String field = "referenceCases[" + i + "]";
            if (c == null) {
                v.add(field, REQUIRED);
                continue;
            }
            text(v, c.client(), field + ".client", true, 100);
            text(v, c.industry(), field + ".industry", false, 100);
            text(v, c.outcome(), field + ".outcome", true, 500);
            v.check(c.year() >= FIRST_REFERENCE_YEAR && c.year() <= currentYear, field + ".year", YEAR_RANGE,
                    FIRST_REFERENCE_YEAR, currentYear);
        }
    }

    private static void text(Violations v, String value, String field, boolean required, int max) {
        if (value == null || value.isBlank()) {
            v.check(!required, field, REQUIRED);
        } else {
            v.check(value.strip().length() <= max, field, TOO_LONG, max);
        }
    }
}
