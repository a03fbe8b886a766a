package org.uplift.workflows.subsidy;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.PublishedProgramme;
import org.uplift.subsidy.programme.SubsidyArithmetic;
import org.uplift.validation.Violations;

/**
 * What a programme would pay for a project: eligibility and cap from the authority's DMN, the arithmetic in
 * exact fen. Nothing is stored; any signed-in tenant may ask about any opened programme.
 */
@Service
public class SubsidyEstimates {

    public static final String AMOUNT_POSITIVE = "subsidy.estimate.amountPositive";
    public static final String LEVEL_RANGE = "subsidy.estimate.levelRange";
    public static final String LINES_REQUIRED = "subsidy.estimate.linesRequired";

    private final Programmes programmes;
    private final SubsidyDecisions decisions;
    private final Clock clock;

    SubsidyEstimates(Programmes programmes, SubsidyDecisions decisions, Clock clock) {
        this.programmes = programmes;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Empty when no opened programme has this id. */
    public Optional<Estimate> estimate(String programmeId, EstimateRequest request) {
        check(request);
        return programmes.published(programmeId).map(p -> estimate(p, request));
    }

    private Estimate estimate(PublishedProgramme programme, EstimateRequest request) {
        ProgrammeTerms terms = programme.getTerms();
        long eligibleCost = SubsidyArithmetic.eligibleCostFen(terms, request.costLines());
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("level", request.level());
        inputs.put("minimumLevel", terms.minimumLevel());
        inputs.put("industryEligible", terms.industries().covers(request.industryCode()));
        inputs.put("districtEligible", terms.districts().contains(request.districtCode()));
        inputs.put("eligibleCostFen", eligibleCost);
        inputs.put("withinWindow", programme.isOpen() && terms.isOpenAt(clock.instant()));
        inputs.put("alreadyFunded", false);
        inputs.put("excludeAlreadyFunded", terms.excludeAlreadyFunded());
        inputs.put("flaggedDishonest", false);
        inputs.put("excludeDishonest", terms.excludeDishonest());
        List<String> reasons = decisions.ineligibility(programme.getAuthorityTenantId(), inputs);
        if (!reasons.isEmpty()) {
            return new Estimate(false, reasons, eligibleCost, 0);
        }
        long cap = decisions.capFen(programme.getAuthorityTenantId(), capInputs(terms, request.level()));
        return new Estimate(true, List.of(), eligibleCost,
                SubsidyArithmetic.amountFen(terms.ratePercent(), eligibleCost, cap));
    }

    static Map<String, Object> capInputs(ProgrammeTerms terms, int level) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("level", level);
        for (int n = 1; n <= 4; n++) {
            inputs.put("capLevel" + n, terms.capFor(n));
        }
        return inputs;
    }

    private static void check(EstimateRequest request) {
        Violations violations = new Violations();
        violations.check(!request.costLines().isEmpty(), "costLines", LINES_REQUIRED);
        for (int i = 0; i < request.costLines().size(); i++) {
            CostLine line = request.costLines().get(i);
            violations.check(line.category() != null, "costLines[" + i + "].category", "validation.required");
            violations.check(line.amountFen() > 0, "costLines[" + i + "].amountFen", AMOUNT_POSITIVE);
        }
        violations.requireText(request.industryCode(), "industryCode");
        violations.requireText(request.districtCode(), "districtCode");
        violations.check(request.level() >= 0 && request.level() <= 4, "level", LEVEL_RANGE);
        violations.throwIfAny();
    }
}
