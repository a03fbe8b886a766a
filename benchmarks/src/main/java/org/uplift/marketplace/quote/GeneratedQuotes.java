package org.uplift.marketplace.quote;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;

/**
 * A finished quote round as {@link QuoteRequests} leaves it: the SME's request with one offer per asked provider
 * and each provider's quote, every provider having answered or declined; then either the SME accepted the first
 * answer (the others CLOSED, "anotherAccepted") or the request expired (the live ones EXPIRED). Finished rounds
 * only, so no {@code quote-request} process is waiting for them. In this package for the package-private
 * constructors and transitions.
 */
public final class GeneratedQuotes {

    private GeneratedQuotes() {
    }

    /** An asked provider and what it replies: an answer, or null with a decline reason. */
    public record Reply(String providerTenantId, String providerName, String repliedBy, QuoteAnswer answer,
            String declineReason) {
    }

    /** The SME's request (tenant set) and the providers' quotes (tenant set each); {@code accepted} the accepted quote id. */
    public record Round(QuoteRequest request, List<Quote> quotes, Quote accepted) {
    }

    public static Round finished(String smeTenantId, String smeName, String ownerUserId, QuoteNeed need,
            List<Reply> replies, Instant sentAt, Duration expiresAfter, boolean accept) {
        List<Offer> offers = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Instant expiresAt = sentAt.plus(expiresAfter);
        for (Reply reply : replies) {
            Offer offer = new Offer(new ObjectId().toHexString(), reply.providerTenantId(), reply.providerName());
            Quote quote = new Quote(offer.getQuoteId(), null, smeTenantId, smeName, need, sentAt, expiresAt);
            set(quote, "tenantId", reply.providerTenantId());
            set(quote, "version", 2L);
            Instant repliedAt = sentAt.plus(Duration.ofHours(4 + offers.size() * 20L));
            if (reply.answer() != null) {
                offer.answered(reply.answer(), null, repliedAt);
                quote.answered(reply.answer(), null, reply.repliedBy(), repliedAt);
            } else {
                offer.declined(reply.declineReason(), repliedAt);
                quote.declined(reply.declineReason(), reply.repliedBy(), repliedAt);
            }
            offers.add(offer);
            quotes.add(quote);
        }
        QuoteRequest request = new QuoteRequest(new ObjectId().toHexString(), smeName, need, offers, ownerUserId,
                sentAt.minus(Duration.ofMinutes(20)));
        set(request, "tenantId", smeTenantId);
        set(request, "version", (long) (2 + offers.size()));
        request.sent(ownerUserId, sentAt, expiresAt);
        quotes.forEach(q -> set(q, "requestId", request.getId()));
        Quote accepted = null;
        if (accept) {
            for (int i = 0; i < quotes.size(); i++) {
                Quote quote = quotes.get(i);
                Offer offer = request.getOffers().get(i);
                if (quote.getStatus() != QuoteStatus.ANSWERED) {
                    continue;
                }
                if (accepted == null) {
                    accepted = quote;
                    offer.become(QuoteStatus.ACCEPTED);
                    quote.become(QuoteStatus.ACCEPTED, null);
                } else {
                    offer.become(QuoteStatus.CLOSED);
                    quote.become(QuoteStatus.CLOSED, "anotherAccepted");
                }
            }
        }
        if (accepted != null) {
            request.accepted(accepted.getId(), ownerUserId, sentAt.plus(Duration.ofDays(3)));
        } else {
            request.expired();
            for (int i = 0; i < quotes.size(); i++) {
                if (quotes.get(i).getStatus().isLive()) {
                    quotes.get(i).become(QuoteStatus.EXPIRED, null);
                    offers.get(i).become(QuoteStatus.EXPIRED);
                }
            }
        }
        return new Round(request, quotes, accepted);
    }

    private static void set(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
