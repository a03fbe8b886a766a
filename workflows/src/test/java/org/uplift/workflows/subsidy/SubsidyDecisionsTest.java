package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.WorkflowsTestApplication;

/** The three subsidy tables, evaluated as the authority's own deployment, with the programme's parameters as inputs. */
@SpringBootTest(classes = WorkflowsTestApplication.class)
class SubsidyDecisionsTest {

    @Autowired
    SubsidyDecisions decisions;
    @Autowired
    RepositoryService repository;

    final String authority = "authority-" + UUID.randomUUID();

    static Map<String, Object> eligible() {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("level", 2);
        inputs.put("minimumLevel", 2);
        inputs.put("industryEligible", true);
        inputs.put("districtEligible", true);
        inputs.put("eligibleCostFen", 1_000_000L);
        inputs.put("withinWindow", true);
        inputs.put("alreadyFunded", false);
        inputs.put("excludeAlreadyFunded", true);
        inputs.put("flaggedDishonest", false);
        inputs.put("excludeDishonest", true);
        return inputs;
    }

    static Map<String, Object> with(Map<String, Object> inputs, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            inputs.put((String) pairs[i], pairs[i + 1]);
        }
        return inputs;
    }

    List<String> reasons(Map<String, Object> inputs) {
        return decisions.ineligibility(authority, inputs);
    }

    @Test
    void an_application_meeting_every_rule_has_no_reason() {
        assertThat(reasons(eligible())).isEmpty();
    }

    @Test
    void each_failed_rule_gives_its_reason_and_all_of_them_are_collected() {
        assertThat(reasons(with(eligible(), "level", 1))).containsExactly("LEVEL_BELOW_MINIMUM");
        assertThat(reasons(with(eligible(), "level", 2, "minimumLevel", 3))).containsExactly("LEVEL_BELOW_MINIMUM");
        assertThat(reasons(with(eligible(), "industryEligible", false))).containsExactly("INDUSTRY_NOT_ELIGIBLE");
        assertThat(reasons(with(eligible(), "districtEligible", false))).containsExactly("DISTRICT_NOT_ELIGIBLE");
        assertThat(reasons(with(eligible(), "eligibleCostFen", 0L))).containsExactly("NO_ELIGIBLE_COST");
        assertThat(reasons(with(eligible(), "withinWindow", false))).containsExactly("OUTSIDE_WINDOW");
        assertThat(reasons(with(eligible(), "alreadyFunded", true))).containsExactly("ALREADY_FUNDED");
        assertThat(reasons(with(eligible(), "alreadyFunded", true, "excludeAlreadyFunded", false))).isEmpty();
        assertThat(reasons(with(eligible(), "flaggedDishonest", true))).containsExactly("FLAGGED_DISHONEST");
        assertThat(reasons(with(eligible(), "level", 1, "districtEligible", false, "withinWindow", false)))
                .containsExactlyInAnyOrder("LEVEL_BELOW_MINIMUM", "DISTRICT_NOT_ELIGIBLE", "OUTSIDE_WINDOW");
    }

    @Test
    void the_cap_is_the_one_of_the_level_reached() {
        Map<String, Object> tiered = new HashMap<>(Map.of("capLevel1", 0L, "capLevel2", 30_000_000L, "capLevel3",
                60_000_000L, "capLevel4", 100_000_000L));
        assertThat(decisions.capFen(authority, with(new HashMap<>(tiered), "level", 2))).isEqualTo(30_000_000L);
        assertThat(decisions.capFen(authority, with(new HashMap<>(tiered), "level", 3))).isEqualTo(60_000_000L);
        assertThat(decisions.capFen(authority, with(new HashMap<>(tiered), "level", 4))).isEqualTo(100_000_000L);
        assertThat(decisions.capFen(authority, with(new HashMap<>(tiered), "level", 0))).isZero();
    }

    @Test
    void senior_review_above_the_threshold_or_when_flagged() {
        Map<String, Object> atThreshold = new HashMap<>(Map.of("amountFen", 30_000_000L, "secondReviewThresholdFen",
                30_000_000L, "flagged", false));
        assertThat(decisions.seniorReviewReasons(authority, atThreshold)).isEmpty();
        assertThat(decisions.seniorReviewReasons(authority, with(new HashMap<>(atThreshold), "amountFen", 30_000_001L)))
                .containsExactly("AMOUNT_OVER_THRESHOLD");
        assertThat(decisions.seniorReviewReasons(authority, with(new HashMap<>(atThreshold), "flagged", true)))
                .containsExactly("FLAGGED");
    }

    @Test
    void the_rules_are_deployed_once_for_the_authoritys_own_tenant() {
        reasons(eligible());
        reasons(eligible());
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(SubsidyDecisions.ELIGIBILITY)
                .tenantIdIn(authority).count()).isEqualTo(1);
    }
}
