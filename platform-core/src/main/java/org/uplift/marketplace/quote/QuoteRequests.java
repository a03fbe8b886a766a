package org.uplift.marketplace.quote;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.bson.types.ObjectId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * The SME's side of quotes: its owner or members draft a request, the owner sends it to one to three admitted
 * providers and accepts one answer. Also the steps the {@code quote-request} process takes as the SME's tenant
 * (reminding the providers that have not answered, expiring the request). See the package documentation for
 * why each side has its own copy.
 */
@Service
@EnableConfigurationProperties(QuoteProperties.class)
public class QuoteRequests {

    public static final String ENTERPRISES_ASK = "quote.request.enterprisesAsk";
    public static final String OWNER_SENDS = "quote.request.ownerSends";
    public static final String OWNER_ACCEPTS = "quote.request.ownerAccepts";
    public static final String PROVIDER_COUNT = "quote.request.providerCount";
    public static final String PROVIDER_NOT_ADMITTED = "quote.request.providerNotAdmitted";
    public static final String UNKNOWN_PACKAGE = "quote.request.unknownPackage";
    public static final String UNKNOWN = "quote.request.unknown";
    public static final String NOT_DRAFT = "quote.request.notDraft";
    public static final String NOT_OPEN = "quote.request.notOpen";
    public static final String NOT_ANSWERED = "quote.request.notAnswered";
    public static final String TOO_LONG = QuoteRules.TOO_LONG;

    public static final int MAX_PROVIDERS = 3;
    static final int MAX_DESCRIPTION = 2000;
    static final int LISTED = 100;

    private final QuoteRequestRepository requests;
    private final QuoteRepository quotes;
    private final QuoteAttachments attachments;
    private final Catalogue catalogue;
    private final ProviderPool pool;
    private final Organisations organisations;
    private final QuoteNotices notices;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final QuoteProperties properties;
    private final Clock clock;

    QuoteRequests(QuoteRequestRepository requests, QuoteRepository quotes, QuoteAttachments attachments,
            Catalogue catalogue, ProviderPool pool,
            Organisations organisations, QuoteNotices notices, @Lazy Actors actors, ApplicationEventPublisher events,
            QuoteProperties properties, Clock clock) {
        this.requests = requests;
        this.quotes = quotes;
        this.attachments = attachments;
        this.catalogue = catalogue;
        this.pool = pool;
        this.organisations = organisations;
        this.notices = notices;
        this.actors = actors;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** The providers an SME may ask: those admitted to the pool, by name. */
    public List<Organisation> admittedProviders() {
        return pool.admitted().stream().map(organisations::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    /**
     * Prepares a request (owner or member): on a visible catalogue package (its current version is recorded) or,
     * without one, on the described need; to one to three admitted providers.
     */
    public QuoteRequest draft(String packageId, String description, List<String> providerTenantIds) {
        Actor actor = enterpriseActor();
        Violations v = new Violations();
        QuoteNeed need = need(packageId, description, v);
        List<String> providers = providers(providerTenantIds, v);
        v.throwIfAny();
        List<Offer> offers = providers.stream().map(p -> new Offer(new ObjectId().toHexString(), p,
                organisations.find(p).map(Organisation::getName).orElse(p))).toList();
        return requests.insert(new QuoteRequest(new ObjectId().toHexString(), smeName(), need, offers, actor.userId(),
                clock.instant()));
    }

    /** Drafts and sends at once (owner only). */
    public QuoteRequest request(String packageId, String description, List<String> providerTenantIds) {
        requireOwner(OWNER_SENDS, "providerTenantIds");
        return send(draft(packageId, description, providerTenantIds).getId());
    }

    /**
     * Sends a draft (owner only): each provider, still admitted, gets its own quote, and the process starts.
     * Everything is checked before the first provider's quote is written.
     */
    public QuoteRequest send(String requestId) {
        Actor actor = requireOwner(OWNER_SENDS, "providerTenantIds");
        QuoteRequest request = load(requestId);
        if (request.getStatus() != RequestStatus.DRAFT) {
            throw rejected("id", NOT_DRAFT);
        }
        Violations v = new Violations();
        request.getOffers().forEach(o -> v.check(pool.isAdmitted(o.getProviderTenantId()), "providerTenantIds",
                PROVIDER_NOT_ADMITTED, o.getProviderName()));
        v.throwIfAny();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.expiresAfter());
        request.sent(actor.userId(), now, expiresAt);
        QuoteRequest sent = requests.save(request);
        for (Offer offer : sent.getOffers()) {
            Quote created = TenantContext.callAs(offer.getProviderTenantId(), () -> quotes.insert(new Quote(
                    offer.getQuoteId(), sent.getId(), sent.getTenantId(), sent.getSmeName(), sent.getNeed(), now,
                    expiresAt)));
            events.publishEvent(QuoteChanged.of(created, now));
            notices.toProvider(offer.getProviderTenantId(), offer.getQuoteId(), QuoteNotices.NEW_REQUEST,
                    sent.getSmeName());
        }
        events.publishEvent(new QuoteRequestSent(sent.getTenantId(), sent.getId(),
                sent.getOffers().stream().map(Offer::getProviderTenantId).toList(), expiresAt));
        return sent;
    }

    /** The current SME's requests, newest first. */
    public List<QuoteRequest> mine() {
        return requests.findAllByOrderByCreatedAtDesc(Limit.of(LISTED));
    }

    /** One of the current SME's requests; another SME's is not found. */
    public Optional<QuoteRequest> find(String requestId) {
        return requestId == null ? Optional.empty() : requests.findById(requestId);
    }

    /** The file a provider attached to its answer in one of the current SME's requests; anything else is not found. */
    public Optional<org.uplift.assessment.evidence.EvidenceContent> attachment(String requestId, String quoteId) {
        return find(requestId).flatMap(r -> quoteId == null ? Optional.empty() : r.offer(quoteId))
                .flatMap(Offer::getAttachment).flatMap(a -> attachments.open(TenantContext.require(), a));
    }

    /**
     * Accepts one answer (owner only): the request is decided, the other providers' quotes are closed and they
     * are told, and the engagement starts ({@link QuoteAccepted}). Returns the decided request.
     */
    public QuoteRequest accept(String requestId, String quoteId) {
        Actor actor = requireOwner(OWNER_ACCEPTS, "quoteId");
        QuoteRequest request = load(requestId);
        if (request.getStatus() != RequestStatus.OPEN) {
            throw rejected("quoteId", NOT_OPEN);
        }
        Offer chosen = request.offer(quoteId).filter(o -> o.getStatus() == QuoteStatus.ANSWERED)
                .orElseThrow(() -> rejected("quoteId", NOT_ANSWERED));
        Instant now = clock.instant();
        request.accepted(quoteId, actor.userId(), now);
        List<Offer> others = new ArrayList<>();
        for (Offer offer : request.getOffers()) {
            if (offer == chosen) {
                offer.become(QuoteStatus.ACCEPTED);
            } else if (offer.getStatus().isLive()) {
                offer.become(QuoteStatus.CLOSED);
                others.add(offer);
            }
        }
        QuoteRequest decided = requests.save(request);
        updateQuote(chosen.getProviderTenantId(), quoteId, q -> q.become(QuoteStatus.ACCEPTED, null));
        notices.toProvider(chosen.getProviderTenantId(), quoteId, QuoteNotices.ACCEPTED, decided.getSmeName());
        for (Offer other : others) {
            updateQuote(other.getProviderTenantId(), other.getQuoteId(),
                    q -> q.become(QuoteStatus.CLOSED, "anotherAccepted"));
            notices.toProvider(other.getProviderTenantId(), other.getQuoteId(), QuoteNotices.NOT_CHOSEN,
                    decided.getSmeName());
        }
        events.publishEvent(new QuoteAccepted(decided.getTenantId(), decided.getSmeName(),
                chosen.getProviderTenantId(), chosen.getProviderName(), decided.getId(), quoteId, decided.getNeed(),
                chosen.getAnswer(), actor.userId(), now));
        return decided;
    }

    /** Process step: reminds each provider that has not replied yet; returns whom. */
    public List<String> remindUnanswered(String requestId) {
        requireSystem();
        QuoteRequest request = load(requestId);
        if (request.getStatus() != RequestStatus.OPEN) {
            return List.of();
        }
        List<Offer> open = request.getOffers().stream().filter(o -> o.getStatus() == QuoteStatus.OPEN).toList();
        open.forEach(o -> notices.toProvider(o.getProviderTenantId(), o.getQuoteId(), QuoteNotices.REMINDER,
                request.getSmeName()));
        return open.stream().map(Offer::getProviderTenantId).toList();
    }

    /**
     * Process step: the request ran out of time without a decision: every live quote expires, both sides are told.
     * Idempotent; false when the request was already decided.
     */
    public boolean expire(String requestId) {
        requireSystem();
        QuoteRequest request = load(requestId);
        if (request.getStatus() != RequestStatus.OPEN) {
            return false;
        }
        request.expired();
        List<Offer> live = request.getOffers().stream().filter(o -> o.getStatus().isLive()).toList();
        live.forEach(o -> o.become(QuoteStatus.EXPIRED));
        QuoteRequest expired = requests.save(request);
        for (Offer offer : live) {
            updateQuote(offer.getProviderTenantId(), offer.getQuoteId(), q -> q.become(QuoteStatus.EXPIRED, null));
            notices.toProvider(offer.getProviderTenantId(), offer.getQuoteId(), QuoteNotices.EXPIRED,
                    expired.getSmeName());
        }
        notices.toSme(expired, QuoteNotices.EXPIRED, expired.getSmeName());
        return true;
    }

    /** The provider's reply (or its closing), copied into the SME's request as the SME's tenant. */
    void replied(String smeTenantId, String requestId, String providerTenantId, Consumer<Offer> change,
            String noticeKey) {
        TenantContext.runAs(smeTenantId, () -> {
            QuoteRequest request = retrying(() -> {
                QuoteRequest r = load(requestId);
                r.offerOf(providerTenantId).ifPresent(change);
                return requests.save(r);
            });
            Offer offer = request.offerOf(providerTenantId).orElseThrow();
            notices.toSme(request, noticeKey, offer.getProviderName());
        });
    }

    private void updateQuote(String providerTenantId, String quoteId, Consumer<Quote> change) {
        Quote saved = TenantContext.callAs(providerTenantId, () -> retrying(() -> {
            Quote quote = quotes.findById(quoteId).orElseThrow();
            change.accept(quote);
            return quotes.save(quote);
        }));
        events.publishEvent(QuoteChanged.of(saved, clock.instant()));
    }

    /** Two providers may answer at the same moment: the request is versioned, the loser reloads and retries. */
    static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt == 5) {
                    throw conflict;
                }
            }
        }
    }

    private QuoteNeed need(String packageId, String description, Violations v) {
        String text = description == null || description.isBlank() ? null : description.strip();
        v.check(text == null || text.length() <= MAX_DESCRIPTION, "description", TOO_LONG, MAX_DESCRIPTION);
        if (packageId == null || packageId.isBlank()) {
            v.requireText(text, "description");
            return new QuoteNeed(null, 0, null, text);
        }
        Optional<CatalogueItem> item = catalogue.find(packageId.strip());
        if (item.isEmpty()) {
            v.add("packageId", UNKNOWN_PACKAGE);
            return null;
        }
        return new QuoteNeed(item.get().packageId(), item.get().version(), item.get().nameZh(), text);
    }

    private List<String> providers(List<String> providerTenantIds, Violations v) {
        Set<String> distinct = new LinkedHashSet<>();
        if (providerTenantIds != null) {
            providerTenantIds.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).forEach(distinct::add);
        }
        if (distinct.isEmpty() || distinct.size() > MAX_PROVIDERS) {
            v.add("providerTenantIds", PROVIDER_COUNT, MAX_PROVIDERS);
            return List.of();
        }
        for (String provider : distinct) {
            boolean admitted = organisations.find(provider).filter(o -> o.getKind() == TenantKind.PROVIDER).isPresent()
                    && pool.isAdmitted(provider);
            v.check(admitted, "providerTenantIds", PROVIDER_NOT_ADMITTED,
                    organisations.find(provider).map(Organisation::getName).orElse(provider));
        }
        return List.copyOf(distinct);
    }

    private String smeName() {
        return organisations.find(TenantContext.require()).map(Organisation::getName).orElse(TenantContext.require());
    }

    private QuoteRequest load(String requestId) {
        return find(requestId).orElseThrow(() -> rejected("id", UNKNOWN));
    }

    private Actor enterpriseActor() {
        Actor actor = actors.current();
        boolean allowed = actor.isSystem() ? isEnterprise()
                : actor.has(Role.ENTERPRISE_OWNER) || actor.has(Role.ENTERPRISE_MEMBER);
        if (!allowed) {
            throw rejected("providerTenantIds", ENTERPRISES_ASK);
        }
        return actor;
    }

    private Actor requireOwner(String key, String field) {
        Actor actor = actors.current();
        boolean allowed = actor.isSystem() ? isEnterprise() : actor.has(Role.ENTERPRISE_OWNER);
        if (!allowed) {
            throw rejected(field, key);
        }
        return actor;
    }

    private void requireSystem() {
        if (!actors.current().isSystem()) {
            throw new IllegalStateException("Only the quote-request process takes this step");
        }
    }

    private boolean isEnterprise() {
        return organisations.find(TenantContext.require()).map(o -> o.getKind() == TenantKind.ENTERPRISE).orElse(false);
    }

    static InputRejectedException rejected(String field, String key, Object... arguments) {
        return new InputRejectedException(Violation.of(field, key, arguments));
    }
}
