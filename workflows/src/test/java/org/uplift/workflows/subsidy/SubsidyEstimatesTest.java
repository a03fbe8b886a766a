package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.WorkflowsTestApplication;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.subsidy.TestProgrammes;
import org.uplift.subsidy.programme.CapTier;
import org.uplift.subsidy.programme.IndustryScope;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

@SpringBootTest(classes = WorkflowsTestApplication.class)
class SubsidyEstimatesTest {

    @Autowired
    SubsidyEstimates estimates;
    @Autowired
    Programmes programmes;

    final String authority = "authority-" + UUID.randomUUID();

    String opened(ProgrammeTerms terms) {
        String id = TestProgrammes.newId();
        TenantContext.runAs(authority, () -> SystemWork.run("test: a programme",
                () -> programmes.open(programmes.create(id, terms).getId())));
        return id;
    }

    ProgrammeTerms tiered() {
        return new ProgrammeTerms("分级封顶", null, 1_000_000_000L, List.of(TestProgrammes.ALL_OF_2026_27),
                new IndustryScope(List.of("C13-C43"), List.of()), Set.of("330109", "330110", "330114"),
                EnumSet.of(CostCategory.SOFTWARE, CostCategory.CONSULTING), new BigDecimal("50"),
                List.of(new CapTier(2, 30_000_000), new CapTier(3, 60_000_000), new CapTier(4, 100_000_000)), 2, 6,
                50_000_000, true, true);
    }

    Estimate estimate(String programme, int level, String district, String industry, CostLine... lines) {
        return TenantContext.callAs("sme-" + UUID.randomUUID(), () -> TestProgrammes.asReviewer(
                () -> estimates.estimate(programme, new EstimateRequest(List.of(lines), industry, district, level))
                        .orElseThrow()));
    }

    static CostLine line(CostCategory category, long fen) {
        return new CostLine(category, fen, null);
    }

    @Test
    void only_funded_categories_count_and_the_rate_applies() {
        String pilot = opened(TestProgrammes.pilot(2_000_000_000L));
        Estimate e = estimate(pilot, 2, "330110", "C34", line(CostCategory.SOFTWARE, 1_000_000),
                line(CostCategory.CONSULTING, 500_000));
        assertThat(e).isEqualTo(new Estimate(true, List.of(), 1_000_000, 400_000));
    }

    @Test
    void the_amount_is_floored_to_the_fen_and_capped() {
        String pilot = opened(TestProgrammes.pilot(2_000_000_000L));
        assertThat(estimate(pilot, 2, "330110", "C34", line(CostCategory.SOFTWARE, 1_234_567)).amountFen())
                .isEqualTo(493_826);
        assertThat(estimate(pilot, 4, "330110", "C34", line(CostCategory.SOFTWARE, 500_000_000)).amountFen())
                .isEqualTo(50_000_000);
    }

    @Test
    void tiered_caps_follow_the_level() {
        String zs = opened(tiered());
        CostLine big = line(CostCategory.SOFTWARE, 300_000_000);
        assertThat(estimate(zs, 2, "330110", "C34", big).amountFen()).isEqualTo(30_000_000);
        assertThat(estimate(zs, 3, "330110", "C34", big).amountFen()).isEqualTo(60_000_000);
        assertThat(estimate(zs, 4, "330110", "C34", big).amountFen()).isEqualTo(100_000_000);
    }

    @Test
    void an_ineligible_estimate_pays_nothing_and_says_why() {
        String pilot = opened(TestProgrammes.pilot(2_000_000_000L));
        Estimate e = estimate(pilot, 1, "330102", "C16", line(CostCategory.CONSULTING, 1_000_000));
        assertThat(e.eligible()).isFalse();
        assertThat(e.amountFen()).isZero();
        assertThat(e.eligibleCostFen()).isZero();
        assertThat(e.reasons()).containsExactlyInAnyOrder("LEVEL_BELOW_MINIMUM", "INDUSTRY_NOT_ELIGIBLE",
                "DISTRICT_NOT_ELIGIBLE", "NO_ELIGIBLE_COST");
    }

    @Test
    void a_zero_or_negative_amount_is_refused_by_line() {
        String pilot = opened(TestProgrammes.pilot(2_000_000_000L));
        assertThatThrownBy(() -> estimate(pilot, 2, "330110", "C34", line(CostCategory.SOFTWARE, 0),
                line(CostCategory.SOFTWARE, -5)))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::messageKey).containsExactly(
                                tuple("costLines[0].amountFen", SubsidyEstimates.AMOUNT_POSITIVE),
                                tuple("costLines[1].amountFen", SubsidyEstimates.AMOUNT_POSITIVE)));
    }
}
