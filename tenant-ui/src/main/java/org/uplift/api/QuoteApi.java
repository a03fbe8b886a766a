package org.uplift.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.identity.Role;
import org.uplift.marketplace.quote.Offer;
import org.uplift.marketplace.quote.ProviderQuotes;
import org.uplift.marketplace.quote.Quote;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteAttachment;
import org.uplift.marketplace.quote.QuoteMilestone;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteRequests;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.marketplace.quote.RequestStatus;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.security.UpliftPrincipal;
import org.uplift.tenancy.TenantKind;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Quote requests. A provider's systems list its open quotes and answer or decline them ({@code id} = the quote's
 * id); an SME's systems list its requests with every provider's reply. Another tenant's quote is "not found".
 */
@RestController
@RequestMapping("/api/v1/quote-requests")
@Tag(name = "Quote requests", description = "询价与报价: providers answer or decline, SMEs read their requests")
class QuoteApi {

    private final ApiCaller caller;
    private final QuoteRequests requests;
    private final ProviderQuotes quotes;

    QuoteApi(ApiCaller caller, QuoteRequests requests, ProviderQuotes quotes) {
        this.caller = caller;
        this.requests = requests;
        this.quotes = quotes;
    }

    /** An SME's request as its systems see it, with every asked provider's reply. */
    record RequestView(String id, RequestStatus status, QuoteNeed need, Instant createdAt, Instant sentAt,
            Instant expiresAt, String acceptedQuoteId, List<OfferView> offers) {
        static RequestView of(QuoteRequest r) {
            return new RequestView(r.getId(), r.getStatus(), r.getNeed(), r.getCreatedAt(), r.getSentAt(),
                    r.getExpiresAt(), r.getAcceptedQuoteId(), r.getOffers().stream().map(OfferView::of).toList());
        }
    }

    /** {@code attachment}: the file the provider attached to its answer (name, sniffed type, size), or null. */
    record OfferView(String quoteId, String providerTenantId, String providerName, QuoteStatus status,
            QuoteAnswer answer, QuoteAttachment attachment, String declineReason, Instant repliedAt) {
        static OfferView of(Offer o) {
            return new OfferView(o.getQuoteId(), o.getProviderTenantId(), o.getProviderName(), o.getStatus(),
                    o.getAnswer(), o.getAttachment().orElse(null), o.getDeclineReason(), o.getRepliedAt());
        }
    }

    /** A provider's quote as its systems see it. */
    record QuoteView(String id, String requestId, String smeName, QuoteNeed need, QuoteStatus status,
            QuoteAnswer answer, QuoteAttachment attachment, String declineReason, Instant createdAt,
            Instant expiresAt) {
        static QuoteView of(Quote q) {
            return new QuoteView(q.getId(), q.getRequestId(), q.getSmeName(), q.getNeed(), q.getStatus(),
                    q.getAnswer(), q.getAttachment().orElse(null), q.getDeclineReason(), q.getCreatedAt(),
                    q.getExpiresAt());
        }
    }

    record CostLineBody(CostCategory category, Long amountFen, String description) {
    }

    record MilestoneBody(String title, Integer dueInDays, String deliverable) {
    }

    /** Money in fen; {@code timelineWeeks} or {@code deliverBy} (yyyy-MM-dd); milestones due in days from the start. */
    record AnswerBody(List<CostLineBody> costLines, Long totalFen, String scope, Integer timelineWeeks,
            LocalDate deliverBy, List<MilestoneBody> milestones) {
        QuoteAnswer toAnswer() {
            List<CostLine> lines = costLines == null ? List.of() : costLines.stream()
                    .map(l -> l == null ? null : new CostLine(l.category(), l.amountFen() == null ? 0 : l.amountFen(),
                            l.description()))
                    .toList();
            List<QuoteMilestone> steps = milestones == null ? List.of() : milestones.stream()
                    .map(m -> m == null ? null : new QuoteMilestone(m.title(), m.dueInDays() == null ? 0 : m.dueInDays(),
                            m.deliverable()))
                    .toList();
            return new QuoteAnswer(totalFen == null ? 0 : totalFen, lines, scope, timelineWeeks, deliverBy, steps);
        }
    }

    record DeclineBody(String reason) {
    }

    @GetMapping
    @Operation(summary = "A provider's open quotes, or an SME's quote requests (newest first)")
    List<?> list() {
        UpliftPrincipal caller = this.caller.get();
        if (isProvider(caller)) {
            return quotes.open().stream().map(QuoteView::of).toList();
        }
        if (caller.tenantKind() == TenantKind.ENTERPRISE) {
            return requests.mine().stream().map(RequestView::of).toList();
        }
        throw new ApiProblems.Forbidden();
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer an open quote: cost lines adding up to totalFen, scope, timeline, milestones")
    QuoteView answer(@PathVariable String id, @RequestBody(required = false) AnswerBody body) {
        ownQuote(id);
        AnswerBody answer = body == null ? new AnswerBody(null, null, null, null, null, null) : body;
        return QuoteView.of(quotes.answer(id, answer.toAnswer()));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline an open quote, with the reason the SME will read")
    QuoteView decline(@PathVariable String id, @RequestBody(required = false) DeclineBody body) {
        ownQuote(id);
        return QuoteView.of(quotes.decline(id, body == null ? null : body.reason()));
    }

    /** 403 for anyone but a provider's admin or consultant, 404 for another provider's quote. */
    private void ownQuote(String id) {
        if (!isProvider(caller.get())) {
            throw new ApiProblems.Forbidden();
        }
        quotes.find(id).orElseThrow(ApiProblems.NotFound::new);
    }

    private static boolean isProvider(UpliftPrincipal caller) {
        return caller.tenantKind() == TenantKind.PROVIDER
                && (caller.has(Role.PROVIDER_ADMIN) || caller.has(Role.PROVIDER_CONSULTANT));
    }
}
