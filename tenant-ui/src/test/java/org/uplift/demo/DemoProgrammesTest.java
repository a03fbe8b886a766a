package org.uplift.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uplift.UpliftTest;
import org.uplift.identity.SystemWork;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.organisation.DistrictCatalog;
import org.uplift.subsidy.programme.CapTier;
import org.uplift.subsidy.programme.Programme;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.PublishedProgramme;
import org.uplift.tenancy.TenantContext;

/** The demo authority's two programmes are issue 9's, open now, and seeding again changes nothing. */
@UpliftTest
class DemoProgrammesTest {

    @Autowired
    DemoProgrammes demo;
    @Autowired
    Programmes programmes;

    PublishedProgramme published(String id) {
        return TenantContext.callAs("any-signed-in-tenant", () -> SystemWork.call("test: read public terms",
                () -> programmes.published(id).orElseThrow()));
    }

    @Test
    void hz_pilot_and_zs_tiered_are_open_with_the_issues_terms() {
        PublishedProgramme hz = published(DemoProgrammes.HZ_PILOT);
        assertThat(hz.isOpen()).isTrue();
        assertThat(hz.getTerms().name()).isEqualTo("杭州市中小企业数字化转型试点（演示）");
        assertThat(hz.getTerms().districts()).hasSize(DistrictCatalog.all().size());
        assertThat(hz.getTerms().industries().covers("C16")).isFalse();
        assertThat(hz.getTerms().industries().covers("C43")).isTrue();
        assertThat(hz.getTerms().categories()).containsExactlyInAnyOrder(CostCategory.SOFTWARE,
                CostCategory.CLOUD_SERVICE, CostCategory.DATA_COLLECTION_HARDWARE);
        assertThat(hz.getTerms().capFor(4)).isEqualTo(50_000_000L);
        assertThat(hz.getTerms().budgetFen()).isEqualTo(2_000_000_000L);

        PublishedProgramme zs = published(DemoProgrammes.ZS_TIERED);
        assertThat(zs.getTerms().name()).isEqualTo("按等级封顶示范专项（演示）");
        assertThat(zs.getTerms().districts()).containsExactlyInAnyOrder("330109", "330110", "330114");
        assertThat(zs.getTerms().caps()).containsExactly(new CapTier(2, 30_000_000L), new CapTier(3, 60_000_000L),
                new CapTier(4, 100_000_000L));
        assertThat(zs.getTerms().secondReviewThresholdFen()).isEqualTo(50_000_000L);
        assertThat(zs.getTerms().budgetFen()).isEqualTo(1_000_000_000L);
    }

    @Test
    void seeding_twice_changes_nothing() {
        String authority = published(DemoProgrammes.HZ_PILOT).getAuthorityTenantId();
        List<Long> before = versions(authority);
        demo.seed();
        assertThat(versions(authority)).isEqualTo(before);
    }

    private List<Long> versions(String authority) {
        return TenantContext.callAs(authority, () -> programmes.mine().stream()
                .filter(p -> p.getId().equals(DemoProgrammes.HZ_PILOT) || p.getId().equals(DemoProgrammes.ZS_TIERED))
                .map(Programme::getVersion).toList());
    }
}
