package org.uplift.subsidy.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.uplift.marketplace.solution.CostCategory;

/**
 * What a programme offers and to whom: the terms the manager edits and, once the programme is open, what
 * every tenant reads. Money in fen, the rate in percent (40 = 40 %).
 *
 * @param caps                 one tier for a single cap, or several tiered by the level confirmed at acceptance
 * @param minimumLevel         the level the applicant must reach at acceptance (default 2)
 * @param excludeAlreadyFunded refuse an engagement already funded by another programme
 * @param excludeDishonest     refuse applicants the authority flagged as dishonest
 */
public record ProgrammeTerms(String name, String nameEn, long budgetFen, List<ApplicationWindow> windows,
        IndustryScope industries, Set<String> districts, Set<CostCategory> categories, BigDecimal ratePercent,
        List<CapTier> caps, int minimumLevel, int implementationMonths, long secondReviewThresholdFen,
        boolean excludeAlreadyFunded, boolean excludeDishonest) {

    public static final int DEFAULT_MINIMUM_LEVEL = 2;

    public ProgrammeTerms {
        windows = windows == null ? List.of() : List.copyOf(windows);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        caps = caps == null ? List.of()
                : caps.stream().sorted(Comparator.comparingInt(CapTier::fromLevel)).toList();
        industries = industries == null ? new IndustryScope(List.of(), List.of()) : industries;
    }

    public boolean isOpenAt(Instant instant) {
        return windows.stream().anyMatch(w -> w.contains(instant));
    }

    public String displayName(java.util.Locale locale) {
        return !"zh".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** The cap of the highest tier the level reaches; 0 below the first tier. */
    public long capFor(int level) {
        long cap = 0;
        for (CapTier tier : caps) {
            if (level >= tier.fromLevel()) {
                cap = tier.capFen();
            }
        }
        return cap;
    }
}
