package org.uplift.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.organisation.District;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.subsidy.programme.ApplicationWindow;
import org.uplift.subsidy.programme.CapTier;
import org.uplift.subsidy.programme.IndustryScope;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * The demo authority's two open programmes of issue 9, {@code hz-pilot-2026} (every Hangzhou district of the
 * platform's list, 40 %, ¥500,000 cap) and {@code zs-tiered-2026} (three districts, 50 %, caps by level).
 * Open for 2026–2027 (Beijing dates). Seeding twice changes nothing.
 */
@Component
@Order(30)
class DemoProgrammes implements DemoStep {

    static final String HZ_PILOT = "hz-pilot-2026";
    static final String ZS_TIERED = "zs-tiered-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);
    private static final EnumSet<CostCategory> PILOT_CATEGORIES = EnumSet.of(CostCategory.SOFTWARE,
            CostCategory.CLOUD_SERVICE, CostCategory.DATA_COLLECTION_HARDWARE);

    private final Organisations organisations;
    private final Programmes programmes;
    private final ZoneId zone;

    DemoProgrammes(Organisations organisations, Programmes programmes, SubsidyProperties properties) {
        this.organisations = organisations;
        this.programmes = programmes;
        this.zone = properties.zone();
    }

    @Override
    public void seed() {
        String authority = organisations.all().stream()
                .filter(o -> o.getKind() == TenantKind.AUTHORITY && DemoData.AUTHORITY.equals(o.getName()))
                .map(Organisation::getId).findFirst().orElse(null);
        if (authority == null) {
            return;
        }
        TenantContext.runAs(authority, () -> SystemWork.run("demo data: the demo authority's programmes", () -> {
            open(HZ_PILOT, hzPilot());
            open(ZS_TIERED, zsTiered());
        }));
    }

    private void open(String id, ProgrammeTerms terms) {
        if (programmes.find(id).isPresent()) {
            return;
        }
        programmes.open(programmes.create(id, terms).getId());
        log.info("Demo programme opened: {}", id);
    }

    private List<ApplicationWindow> window() {
        return List.of(new ApplicationWindow(LocalDate.of(2026, 1, 1).atStartOfDay(zone).toInstant(),
                LocalDate.of(2028, 1, 1).atStartOfDay(zone).toInstant()));
    }

    ProgrammeTerms hzPilot() {
        Set<String> hangzhou = DistrictCatalog.all().stream().map(District::code).collect(Collectors.toSet());
        return new ProgrammeTerms("杭州市中小企业数字化转型试点（演示）", "Hangzhou SME digital transformation pilot (demo)",
                2_000_000_000L, window(), new IndustryScope(List.of("C13-C43"), List.of("C16")), hangzhou,
                PILOT_CATEGORIES, new BigDecimal("40"), List.of(new CapTier(1, 50_000_000L)), 2, 6, 30_000_000L, true,
                true);
    }

    ProgrammeTerms zsTiered() {
        EnumSet<CostCategory> categories = EnumSet.copyOf(PILOT_CATEGORIES);
        categories.add(CostCategory.CONSULTING);
        return new ProgrammeTerms("按等级封顶示范专项（演示）", "Caps by level demonstration programme (demo)", 1_000_000_000L,
                window(), new IndustryScope(List.of("C13-C43"), List.of()), Set.of("330109", "330110", "330114"),
                categories, new BigDecimal("50"), List.of(new CapTier(2, 30_000_000L), new CapTier(3, 60_000_000L),
                        new CapTier(4, 100_000_000L)), 2, 6, 50_000_000L, true, true);
    }
}
