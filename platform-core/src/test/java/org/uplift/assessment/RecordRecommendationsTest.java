package org.uplift.assessment;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.tenancy.TwoTenants;

@SpringBootTest
class RecordRecommendationsTest {

    static final List<Recommendation> PLAN = List.of(
            new Recommendation(1, Recommendation.Kind.SCENARIO, Recommendation.Reason.NEXT_LEVEL, "SC01", "D2-1", null,
                    null, 1, 2, true),
            new Recommendation(2, Recommendation.Kind.QUESTION, Recommendation.Reason.WEAKEST_DIMENSION, "Q13", "D4",
                    "C", new BigDecimal("9.25"), null, 2, false));

    @Autowired
    Assessments assessments;

    final TwoTenants tenants = new TwoTenants();

    String submitted() {
        return tenants.asA(() -> {
            String id = TestActors.asOwner("owner", () -> assessments.start()).getId();
            TestActors.asOwner("owner", () -> assessments.submit(id));
            return id;
        });
    }

    @Test
    void a_submitted_assessment_stores_its_plan_and_storing_it_again_changes_nothing_but_the_version() {
        String id = submitted();

        assertThat(tenants.asA(() -> assessments.recordRecommendations(id, PLAN))).isTrue();
        assertThat(tenants.asA(() -> assessments.recordRecommendations(id, PLAN))).isTrue();

        Assessment stored = tenants.asA(() -> assessments.find(id).orElseThrow());
        assertThat(stored.getRecommendations()).isEqualTo(PLAN);
    }

    @Test
    void only_a_submitted_assessment_of_the_current_tenant_takes_a_plan() {
        String id = submitted();
        String draft = tenants.asA(() -> TestActors.asOwner("owner", () -> assessments.start()).getId());

        assertThat(tenants.asA(() -> assessments.recordRecommendations(draft, PLAN))).isFalse();
        assertThat(tenants.asB(() -> assessments.recordRecommendations(id, PLAN))).isFalse();
        tenants.asA(() -> assessments.recordLevel(id, 2));
        assertThat(tenants.asA(() -> assessments.recordRecommendations(id, PLAN))).isFalse();

        assertThat(tenants.asA(() -> assessments.find(id).orElseThrow()).getRecommendations()).isEmpty();
        assertThat(tenants.asA(() -> assessments.find(draft).orElseThrow()).getRecommendations()).isEmpty();
    }
}
