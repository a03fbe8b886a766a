package org.uplift.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.subsidy.programme.ProgrammeStatus;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.PublishedProgramme;
import org.uplift.workflows.subsidy.Estimate;
import org.uplift.workflows.subsidy.SubsidyEstimates;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Subsidy programmes' public terms and the what-if estimate. Any signed-in tenant's token may call them;
 * only opened programmes exist here (drafts are their authority's own). Nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/programmes")
class ProgrammeApi {

    private final ApiCaller caller;
    private final Programmes programmes;
    private final SubsidyEstimates estimates;

    ProgrammeApi(ApiCaller caller, Programmes programmes, SubsidyEstimates estimates) {
        this.caller = caller;
        this.programmes = programmes;
        this.estimates = estimates;
    }

    record Window(Instant from, Instant to) {
    }

    record Cap(int fromLevel, long capFen) {
    }

    record ProgrammeView(String id, String name, String nameEn, ProgrammeStatus status, long budgetFen,
            List<Window> windows, List<String> industries, List<String> industryExclusions, Set<String> districts,
            Set<CostCategory> categories, BigDecimal ratePercent, List<Cap> caps, int minimumLevel,
            int implementationMonths, long secondReviewThresholdFen, boolean excludeAlreadyFunded,
            boolean excludeDishonest) {

        static ProgrammeView of(PublishedProgramme p) {
            ProgrammeTerms t = p.getTerms();
            return new ProgrammeView(p.getId(), t.name(), t.nameEn(), p.getStatus(), t.budgetFen(),
                    t.windows().stream().map(w -> new Window(w.from(), w.to())).toList(), t.industries().included(),
                    t.industries().excluded(), t.districts(), t.categories(), t.ratePercent(),
                    t.caps().stream().map(c -> new Cap(c.fromLevel(), c.capFen())).toList(), t.minimumLevel(),
                    t.implementationMonths(), t.secondReviewThresholdFen(), t.excludeAlreadyFunded(),
                    t.excludeDishonest());
        }
    }

    /** The programmes open for applications. */
    @GetMapping
    List<ProgrammeView> open() {
        caller.get();
        return programmes.openProgrammes().stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/{id}")
    ProgrammeView programme(@PathVariable String id) {
        caller.get();
        return programmes.published(id).map(ProgrammeView::of).orElseThrow(ApiProblems.NotFound::new);
    }

    /** What the programme would pay: eligible or the reasons why not, the eligible cost and the amount, in fen. */
    @PostMapping("/{id}/estimate")
    Estimate estimate(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = EstimateBody.Shape.class))) @RequestBody JsonNode body) {
        caller.get();
        programmes.published(id).orElseThrow(ApiProblems.NotFound::new);
        return estimates.estimate(id, EstimateBody.read(body)).orElseThrow(ApiProblems.NotFound::new);
    }
}
