package org.uplift.benchmarks.city;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.uplift.identity.SystemWork;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.subsidy.application.ApplicationForm;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.programme.ApplicationWindow;
import org.uplift.subsidy.programme.CapTier;
import org.uplift.subsidy.programme.IndustryScope;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.tenancy.TenantContext;

/**
 * The city authority's subsidy programmes and the closed applications of a share of the engagements. The two
 * programmes (the demo's terms: a city-wide pilot, 40 %, ¥500,000 cap; a three-district one with caps by level)
 * are created and opened through {@link Programmes}, so the published terms, the budget in the ledger and the audit
 * trail are the platform's own. {@value #APPLIED_SHARE} of the engagements applied afterwards with the contract
 * date of the engagement, i.e. retrospectively: {@link SubsidyApplications#apply} closes such an application at once
 * as REJECTED (both copies, audited) with no process and no budget movement. Open applications are not generated:
 * each would need its running {@code subsidy-application} process. One service call per application (the audit
 * trail is a hash chain per subject that only {@code AuditTrail} extends); about 800 at 50,000 SMEs.
 */
final class CityProgrammes {

    /** An ACTIVE engagement as the SME may apply for it. */
    record Engaged(String smeTenantId, String engagementId, List<org.uplift.marketplace.solution.CostLine> costLines,
            LocalDate contractDate) {
    }

    static final String CITY_PILOT = "city-pilot-2026";
    static final String CITY_TIERED = "city-tiered-2026";
    static final double APPLIED_SHARE = 0.25;
    private static final EnumSet<CostCategory> CATEGORIES = EnumSet.of(CostCategory.SOFTWARE,
            CostCategory.CLOUD_SERVICE, CostCategory.DATA_COLLECTION_HARDWARE);

    private final Programmes programmes;
    private final SubsidyApplications applications;
    private final ZoneId zone;

    CityProgrammes(Programmes programmes, SubsidyApplications applications, ZoneId zone) {
        this.programmes = programmes;
        this.applications = applications;
        this.zone = zone;
    }

    /** Creates and opens the authority's programmes; their ids. */
    List<String> open(String authorityTenantId, LocalDate today) {
        List<ApplicationWindow> window = List.of(new ApplicationWindow(
                today.withDayOfYear(1).atStartOfDay(zone).toInstant(),
                today.withDayOfYear(1).plusYears(2).atStartOfDay(zone).toInstant()));
        Set<String> city = DistrictCatalog.all().stream().map(District::code).collect(Collectors.toSet());
        EnumSet<CostCategory> tieredCategories = EnumSet.copyOf(CATEGORIES);
        tieredCategories.add(CostCategory.CONSULTING);
        ProgrammeTerms pilot = new ProgrammeTerms("杭州市中小企业数字化转型试点（城市数据）", "City SME digital transformation pilot",
                2_000_000_000L, window, new IndustryScope(List.of("C13-C43"), List.of("C16")), city, CATEGORIES,
                new BigDecimal("40"), List.of(new CapTier(1, 50_000_000L)), 2, 6, 30_000_000L, true, true);
        ProgrammeTerms tiered = new ProgrammeTerms("按等级封顶专项（城市数据）", "Caps by level programme (city data)",
                1_000_000_000L, window, new IndustryScope(List.of("C13-C43"), List.of()),
                Set.of("330109", "330110", "330114"), tieredCategories, new BigDecimal("50"),
                List.of(new CapTier(2, 30_000_000L), new CapTier(3, 60_000_000L), new CapTier(4, 100_000_000L)), 2, 6,
                50_000_000L, true, true);
        TenantContext.runAs(authorityTenantId, () -> SystemWork.run("city generator: the authority's programmes", () -> {
            programmes.open(programmes.create(CITY_PILOT, pilot).getId());
            programmes.open(programmes.create(CITY_TIERED, tiered).getId());
        }));
        return List.of(CITY_PILOT, CITY_TIERED);
    }

    /** A share of the engagements applied retrospectively and were rejected at once; the number of applications. */
    int rejectRetrospective(List<Engaged> engaged, List<String> programmeIds, LocalDate today, Random random) {
        List<Engaged> applying = new ArrayList<>();
        for (Engaged e : engaged) {
            if (random.nextDouble() < APPLIED_SHARE && e.contractDate().isBefore(today)) {
                applying.add(e);
            }
        }
        for (Engaged e : applying) {
            String programme = programmeIds.get(random.nextInt(programmeIds.size()));
            TenantContext.runAs(e.smeTenantId(), () -> SystemWork.run("city generator: a retrospective application",
                    () -> applications.apply(new ApplicationForm(e.engagementId(), programme, e.costLines(),
                            e.contractDate(), e.contractDate().plusDays(3)))));
        }
        return applying.size();
    }
}
