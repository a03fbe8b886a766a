package org.uplift.subsidy.programme;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.uplift.organisation.DistrictCatalog;
import org.uplift.validation.Violations;

/** What makes a programme's id and terms acceptable; every violation is named at once, nothing is saved. */
final class ProgrammeRules {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$");
    static final int NAME_MAX = 100;
    static final int MAX_LEVEL = 4;
    static final int MAX_MONTHS = 60;

    private ProgrammeRules() {
    }

    static Violations checkId(String id, Violations violations) {
        return violations.check(id != null && SLUG.matcher(id).matches(), "id", Programmes.ID_INVALID);
    }

    static Violations check(ProgrammeTerms terms, Violations v) {
        if (terms == null) {
            return v.add("name", "validation.required");
        }
        v.requireText(terms.name(), "name");
        v.check(terms.name() == null || terms.name().strip().length() <= NAME_MAX, "name", "validation.tooLong", NAME_MAX);
        v.check(terms.nameEn() == null || terms.nameEn().strip().length() <= NAME_MAX, "nameEn", "validation.tooLong",
                NAME_MAX);
        v.check(terms.budgetFen() > 0, "budgetFen", "subsidy.programme.budget.positive");
        v.check(!terms.windows().isEmpty(), "windows", "subsidy.programme.window.required");
        v.check(terms.windows().stream().allMatch(w -> w.from() != null && w.to() != null && w.from().isBefore(w.to())),
                "windows", "subsidy.programme.window.order");
        v.check(!terms.industries().included().isEmpty(), "industries", "subsidy.programme.industries.required");
        terms.industries().included().stream().filter(e -> !IndustryScope.isValidEntry(e)).findFirst()
                .ifPresent(e -> v.add("industries", "subsidy.programme.industries.invalid", e));
        terms.industries().excluded().stream().filter(e -> !IndustryScope.isValidEntry(e)).findFirst()
                .ifPresent(e -> v.add("industryExclusions", "subsidy.programme.industries.invalid", e));
        v.check(!terms.districts().isEmpty(), "districts", "subsidy.programme.districts.required");
        v.check(terms.districts().stream().allMatch(DistrictCatalog::isKnown), "districts", "validation.district.unknown");
        v.check(!terms.categories().isEmpty(), "categories", "subsidy.programme.categories.required");
        BigDecimal rate = terms.ratePercent();
        v.check(rate != null && rate.signum() > 0 && rate.compareTo(BigDecimal.valueOf(100)) <= 0
                && rate.stripTrailingZeros().scale() <= 2, "ratePercent", "subsidy.programme.rate.range");
        v.check(!terms.caps().isEmpty(), "caps", "subsidy.programme.caps.required");
        Set<Integer> levels = new HashSet<>();
        v.check(terms.caps().stream().allMatch(c -> c.fromLevel() >= 1 && c.fromLevel() <= MAX_LEVEL && c.capFen() > 0
                && levels.add(c.fromLevel())), "caps", "subsidy.programme.caps.invalid");
        v.check(terms.minimumLevel() >= 1 && terms.minimumLevel() <= MAX_LEVEL, "minimumLevel",
                "subsidy.programme.minimumLevel.range", 1, MAX_LEVEL);
        v.check(terms.implementationMonths() >= 1 && terms.implementationMonths() <= MAX_MONTHS, "implementationMonths",
                "subsidy.programme.implementationMonths.range", 1, MAX_MONTHS);
        v.check(terms.secondReviewThresholdFen() >= 0, "secondReviewThresholdFen",
                "subsidy.programme.threshold.negative");
        return v;
    }
}
