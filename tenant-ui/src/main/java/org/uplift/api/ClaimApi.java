package org.uplift.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.subsidy.claim.ClaimEntry;
import org.uplift.subsidy.claim.ClaimStatus;
import org.uplift.subsidy.claim.Clawback;
import org.uplift.subsidy.claim.Disbursement;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.tenancy.TenantKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The claim of an accepted application, for its parties: the SME, the provider and the authority each read their
 * own copy, so anyone else's id is "not found"; the platform is refused. File contents stay with the SME and the
 * authority (the provider sees names and kinds only).
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Claims", description = "补助申领与拨付: the claim of an accepted application")
class ClaimApi {

    private final ApiCaller caller;
    private final SubsidyClaims claims;

    ClaimApi(ApiCaller caller, SubsidyClaims claims) {
        this.caller = caller;
        this.claims = claims;
    }

    record ClaimFileView(String kind, String filename, String contentType, long size) {
    }

    /** Money in fen; dates are Beijing dates. */
    record ClaimView(String applicationId, ClaimStatus status, String programmeId, String programmeName,
            String smeName, int confirmedLevel, long amountFen, Instant acceptedAt, Instant deadline,
            List<String> invoiceNumbers, List<ClaimFileView> files, LocalDate paymentDate, long amountPaidFen,
            Instant filedAt, Disbursement disbursement, String rejectionReason, Clawback clawback,
            List<ClaimEntry> history) {
        static ClaimView of(SubsidyClaim c) {
            return new ClaimView(c.getApplicationId(), c.getStatus(), c.getProgrammeId(), c.getProgrammeName(),
                    c.getSmeName(), c.getConfirmedLevel(), c.getAmountFen(), c.getAcceptedAt(), c.getDeadline(),
                    c.getInvoiceNumbers(), c.getFiles().stream().map(f -> new ClaimFileView(f.kind().name(),
                            f.filename(), f.contentType(), f.size())).toList(),
                    c.getPaymentDate(), c.getAmountPaidFen(), c.getFiledAt(), c.getDisbursement(),
                    c.getRejectionReason(), c.getClawback(), c.getHistory());
        }
    }

    @GetMapping("/{id}/claim")
    @Operation(summary = "The claim of one of the caller's applications (SME, provider or authority)")
    ClaimView get(@PathVariable String id) {
        TenantKind kind = caller.get().tenantKind();
        if (kind == TenantKind.PLATFORM) {
            throw new ApiProblems.Forbidden();
        }
        return claims.find(id).map(ClaimView::of).orElseThrow(ApiProblems.NotFound::new);
    }
}
