package org.uplift.marketplace.quote;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.pool.ProviderStandingChanged;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * The provider's side of quotes: its quotes (each tenant-owned by the provider), answered or declined by its
 * consultants or admins. A reply is copied into the SME's request and ends the provider's task in the process
 * ({@link QuoteReplied}). A provider that leaves the pool (suspended, removed) has its live quotes closed.
 */
@Service
public class ProviderQuotes {

    public static final String PROVIDERS_ANSWER = "quote.answer.providersAnswer";
    public static final String UNKNOWN = "quote.unknown";
    public static final String NOT_OPEN = "quote.notOpen";
    public static final String REASON_REQUIRED = "quote.decline.reasonRequired";

    static final int MAX_REASON = 1000;
    static final int LISTED = 100;

    private final QuoteRepository quotes;
    private final QuoteAttachments attachments;
    private final QuoteRequests requests;
    private final QuoteNotices notices;
    private final Organisations organisations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderQuotes(QuoteRepository quotes, QuoteAttachments attachments, QuoteRequests requests, QuoteNotices notices, Organisations organisations,
            @Lazy Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.quotes = quotes;
        this.attachments = attachments;
        this.requests = requests;
        this.notices = notices;
        this.organisations = organisations;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** The current provider's quotes waiting for its answer, newest first. */
    public List<Quote> open() {
        return quotes.findAllByStatusInOrderByCreatedAtDesc(EnumSet.of(QuoteStatus.OPEN), Limit.of(LISTED));
    }

    /** The current provider's quotes, newest first. */
    public List<Quote> recent() {
        return quotes.findAllByOrderByCreatedAtDesc(Limit.of(LISTED));
    }

    /** One of the current provider's quotes; another provider's is not found. */
    public Optional<Quote> find(String quoteId) {
        return quoteId == null ? Optional.empty() : quotes.findById(quoteId);
    }

    /** Answers an open quote (consultant or admin); the whole answer is checked before anything is written. */
    public Quote answer(String quoteId, QuoteAnswer answer) {
        return answer(quoteId, answer, null);
    }

    /**
     * Answers an open quote with one attached file (or none), stored in the SME's tenant under the evidence rules
     * (kind by content, no macros, size limit) only after the answer itself passed; a refused file is named on
     * {@code attachment} and nothing is saved, and the file is removed again if the answer cannot be saved.
     */
    public Quote answer(String quoteId, QuoteAnswer answer, AttachmentUpload attachment) {
        Actor actor = replier();
        Quote quote = openQuote(quoteId);
        QuoteRules.check(answer, clock.instant().atZone(ZoneOffset.ofHours(8)).toLocalDate()).throwIfAny();
        QuoteAttachment stored = attachment == null ? null
                : attachments.store(quote.getSmeTenantId(), quoteId, attachment, actor.userId());
        Instant now = clock.instant();
        quote.answered(answer, stored, actor.userId(), now);
        Quote saved;
        try {
            saved = quotes.save(quote);
        } catch (RuntimeException notSaved) {
            if (stored != null) {
                attachments.remove(quote.getSmeTenantId(), stored);
            }
            throw notSaved;
        }
        events.publishEvent(QuoteChanged.of(saved, now));
        requests.replied(saved.getSmeTenantId(), saved.getRequestId(), saved.getTenantId(),
                offer -> offer.answered(answer, stored, now), QuoteNotices.ANSWERED);
        events.publishEvent(new QuoteReplied(saved.getSmeTenantId(), saved.getRequestId(), saved.getTenantId(),
                QuoteStatus.ANSWERED));
        return saved;
    }

    /** Declines an open quote (consultant or admin); the reason is required and shown to the SME. */
    public Quote decline(String quoteId, String reason) {
        Actor actor = replier();
        Quote quote = openQuote(quoteId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw QuoteRequests.rejected("reason", REASON_REQUIRED);
        }
        if (why.length() > MAX_REASON) {
            throw QuoteRequests.rejected("reason", QuoteRules.TOO_LONG, MAX_REASON);
        }
        Instant now = clock.instant();
        quote.declined(why, actor.userId(), now);
        Quote saved = quotes.save(quote);
        events.publishEvent(QuoteChanged.of(saved, now));
        requests.replied(saved.getSmeTenantId(), saved.getRequestId(), saved.getTenantId(),
                offer -> offer.declined(why, now), QuoteNotices.DECLINED);
        events.publishEvent(new QuoteReplied(saved.getSmeTenantId(), saved.getRequestId(), saved.getTenantId(),
                QuoteStatus.DECLINED));
        return saved;
    }

    /** A provider suspended or removed from the pool: its live quotes close and each SME is told. */
    @EventListener
    void on(ProviderStandingChanged changed) {
        if (changed.admitted()) {
            return;
        }
        TenantContext.runAs(changed.providerTenantId(), () -> {
            List<Quote> live = quotes.findAllByStatusInOrderByCreatedAtDesc(
                    EnumSet.of(QuoteStatus.OPEN, QuoteStatus.ANSWERED), Limit.unlimited());
            for (Quote quote : live) {
                quote.become(QuoteStatus.CLOSED, "providerLeftPool");
                Quote saved = quotes.save(quote);
                events.publishEvent(QuoteChanged.of(saved, clock.instant()));
                requests.replied(saved.getSmeTenantId(), saved.getRequestId(), saved.getTenantId(),
                        offer -> offer.become(QuoteStatus.CLOSED), QuoteNotices.PROVIDER_LEFT);
                events.publishEvent(new QuoteReplied(saved.getSmeTenantId(), saved.getRequestId(),
                        saved.getTenantId(), QuoteStatus.CLOSED));
            }
        });
    }

    private Quote openQuote(String quoteId) {
        Quote quote = find(quoteId).orElseThrow(() -> QuoteRequests.rejected("id", UNKNOWN));
        if (quote.getStatus() != QuoteStatus.OPEN) {
            throw QuoteRequests.rejected("id", NOT_OPEN);
        }
        return quote;
    }

    private Actor replier() {
        Actor actor = actors.current();
        boolean allowed = actor.isSystem()
                ? organisations.find(TenantContext.require()).map(o -> o.getKind() == TenantKind.PROVIDER).orElse(false)
                : actor.has(Role.PROVIDER_ADMIN) || actor.has(Role.PROVIDER_CONSULTANT);
        if (!allowed) {
            throw QuoteRequests.rejected("id", PROVIDERS_ANSWER);
        }
        return actor;
    }
}
