package org.uplift.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.uplift.identity.ActingWithRole;
import org.uplift.identity.Role;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.subsidy.programme.ApplicationWindow;
import org.uplift.subsidy.programme.CapTier;
import org.uplift.subsidy.programme.IndustryScope;
import org.uplift.subsidy.programme.ProgrammeTerms;

/** Programme terms for tests, shaped like the Hangzhou pilot, and acting as an authority's roles. */
public final class TestProgrammes {

    public static final ApplicationWindow ALL_OF_2026_27 = new ApplicationWindow(Instant.parse("2025-12-31T16:00:00Z"),
            Instant.parse("2027-12-31T16:00:00Z"));

    private TestProgrammes() {
    }

    public static String newId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static ProgrammeTerms pilot(long budgetFen) {
        return new ProgrammeTerms("测试试点专项", "Test pilot", budgetFen, List.of(ALL_OF_2026_27),
                new IndustryScope(List.of("C13-C43"), List.of("C16")), Set.of("330110", "330106"),
                EnumSet.of(CostCategory.SOFTWARE, CostCategory.CLOUD_SERVICE), new BigDecimal("40"),
                List.of(new CapTier(1, 50_000_000)), 2, 6, 30_000_000, true, true);
    }

    public static ProgrammeTerms named(String name, long budgetFen) {
        ProgrammeTerms t = pilot(budgetFen);
        return new ProgrammeTerms(name, null, t.budgetFen(), t.windows(), t.industries(), t.districts(), t.categories(),
                t.ratePercent(), t.caps(), t.minimumLevel(), t.implementationMonths(), t.secondReviewThresholdFen(),
                t.excludeAlreadyFunded(), t.excludeDishonest());
    }

    public static ProgrammeTerms withRate(ProgrammeTerms t, BigDecimal rate) {
        return new ProgrammeTerms(t.name(), t.nameEn(), t.budgetFen(), t.windows(), t.industries(), t.districts(),
                t.categories(), rate, t.caps(), t.minimumLevel(), t.implementationMonths(),
                t.secondReviewThresholdFen(), t.excludeAlreadyFunded(), t.excludeDishonest());
    }

    public static <T> T asManager(Supplier<T> work) {
        return ActingWithRole.as(Role.PROGRAMME_MANAGER, "manager", work);
    }

    public static <T> T asReviewer(Supplier<T> work) {
        return ActingWithRole.as(Role.REVIEWER, "reviewer", work);
    }
}
