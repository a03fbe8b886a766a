package org.uplift.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.subsidy.application.AcceptanceRequest;
import org.uplift.subsidy.application.ApplicationEntry;
import org.uplift.subsidy.application.ExtensionRequest;
import org.uplift.subsidy.application.OnSiteEvaluation;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.tenancy.TenantKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Subsidy applications: an SME's own, or the cases of an authority's programmes. Each side reads its own copy,
 * so another SME's or another authority's application is "not found"; providers and the platform are refused.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications", description = "补助申请: an SME's applications to programmes, and an authority's cases")
class ApplicationApi {

    private final ApiCaller caller;
    private final SubsidyApplications applications;

    ApplicationApi(ApiCaller caller, SubsidyApplications applications) {
        this.caller = caller;
        this.applications = applications;
    }

    /**
     * Money in fen; {@code level} is the T0 assessment's; {@code reasons} the eligibility reason codes;
     * {@code implementationDeadline} the last day (Beijing) of implementation once registered; {@code extension},
     * {@code acceptanceRequest} and {@code evaluation} as recorded; {@code acceptedAmountFen} the final amount once
     * accepted on site, {@code releasedFen} what went back to the budget.
     */
    record ApplicationView(String id, ApplicationStatus status, String programmeId, String programmeName,
            String smeTenantId, String smeName, String providerName, String engagementId, List<CostLine> costLines,
            long totalFen, LocalDate contractDate, LocalDate paidOn, Integer level, long eligibleCostFen,
            long amountFen, List<String> reasons, String rejectionReason, LocalDate implementationDeadline,
            ExtensionRequest extension, AcceptanceRequest acceptanceRequest, OnSiteEvaluation evaluation,
            Long acceptedAmountFen, long releasedFen, List<ApplicationEntry> history, Instant submittedAt,
            Instant updatedAt) {
        static ApplicationView of(SubsidyApplication a) {
            return new ApplicationView(a.getApplicationId(), a.getStatus(), a.getProgrammeId(), a.getProgrammeName(),
                    a.getSmeTenantId(), a.getSmeName(), a.getProviderName(), a.getEngagementId(), a.getCostLines(),
                    a.getTotalFen(), a.getContractDate(), a.getPaidOn(), a.getLevel(), a.getEligibleCostFen(),
                    a.getAmountFen(), a.getEligibilityReasons(), a.getRejectionReason(),
                    a.getImplementation() == null ? null : a.getImplementation().deadlineDate(), a.getExtension(),
                    a.getAcceptanceRequest(), a.getEvaluation(), a.getAcceptedAmountFen(), a.getReleasedFen(),
                    a.getHistory(), a.getSubmittedAt(), a.getUpdatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's applications (an SME's own, an authority's cases), newest first")
    List<ApplicationView> list() {
        party();
        return applications.mine().stream().map(ApplicationView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's applications")
    ApplicationView get(@PathVariable String id) {
        party();
        return applications.find(id).map(ApplicationView::of).orElseThrow(ApiProblems.NotFound::new);
    }

    private void party() {
        TenantKind kind = caller.get().tenantKind();
        if (kind != TenantKind.ENTERPRISE && kind != TenantKind.AUTHORITY) {
            throw new ApiProblems.Forbidden();
        }
    }
}
