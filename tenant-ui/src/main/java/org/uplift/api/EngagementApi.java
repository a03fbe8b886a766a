package org.uplift.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.EngagementMilestone;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.tenancy.TenantKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's engagements, as the SME or as the provider; one it is no party to is "not found". */
@RestController
@RequestMapping("/api/v1/engagements")
@Tag(name = "Engagements", description = "服务项目: what an SME and a provider agreed from an accepted quote")
class EngagementApi {

    private final ApiCaller caller;
    private final Engagements engagements;

    EngagementApi(ApiCaller caller, Engagements engagements) {
        this.caller = caller;
        this.engagements = engagements;
    }

    /** {@code id} is the accepted quote's id; money in fen. */
    record EngagementView(String id, EngagementStatus status, String smeTenantId, String smeName,
            String providerTenantId, String providerName, QuoteNeed need, long priceFen, List<CostLine> costLines,
            String scope, Integer timelineWeeks, LocalDate deliverBy, List<EngagementMilestone> milestones,
            Instant startedAt) {
        static EngagementView of(Engagement e) {
            return new EngagementView(e.getEngagementId(), e.getStatus(), e.getSmeTenantId(), e.getSmeName(),
                    e.getProviderTenantId(), e.getProviderName(), e.getNeed(), e.getPriceFen(), e.getCostLines(),
                    e.getScope(), e.getTimelineWeeks(), e.getDeliverBy(), e.getMilestones(), e.getStartedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's engagements, newest first")
    List<EngagementView> list() {
        party();
        return engagements.mine().stream().map(EngagementView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's engagements")
    EngagementView get(@PathVariable String id) {
        party();
        return engagements.find(id).map(EngagementView::of).orElseThrow(ApiProblems.NotFound::new);
    }

    private void party() {
        TenantKind kind = caller.get().tenantKind();
        if (kind != TenantKind.ENTERPRISE && kind != TenantKind.PROVIDER) {
            throw new ApiProblems.Forbidden();
        }
    }
}
