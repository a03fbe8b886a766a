package org.uplift.marketplace.engagement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.assessment.evidence.StoredEvidence;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.rating.ProviderRatings;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * Moving an engagement on, each step by the party whose step it is, decided here from the live actor: the
 * provider's admins and consultants deliver a milestone (a note and evidence files); the SME's owner confirms it or
 * sends it back with a reason; when every milestone is confirmed the owner confirms completion and rates the
 * provider once. Each step changes the acting party's copy and then, through {@link EngagementChanged}, the other
 * party's. Everything is checked before the first write.
 */
@Service
@EnableConfigurationProperties(EngagementProperties.class)
public class EngagementMilestones {

    public static final String UNKNOWN = "engagement.unknown";
    public static final String UNKNOWN_MILESTONE = "engagement.milestone.unknown";
    public static final String PROVIDER_DELIVERS = "engagement.milestone.providerDelivers";
    public static final String OWNER_DECIDES = "engagement.milestone.ownerDecides";
    public static final String NOT_AWAITING_DELIVERY = "engagement.milestone.notAwaitingDelivery";
    public static final String NOT_DELIVERED = "engagement.milestone.notDelivered";
    public static final String NOT_ACTIVE = "engagement.notActive";
    public static final String MILESTONES_OPEN = "engagement.milestonesOpen";
    public static final String NOT_COMPLETED = "engagement.notCompleted";
    public static final String ALREADY_RATED = "engagement.alreadyRated";
    public static final String STARS_RANGE = "engagement.rating.starsRange";
    public static final String TOO_MANY_FILES = "engagement.milestone.tooManyFiles";
    public static final String TOO_LONG = "quote.tooLong";

    public static final int MAX_TEXT = 2000;
    public static final int MAX_FILES = 10;

    private final EngagementRepository engagements;
    private final EngagementCopies copies;
    private final EngagementEvidence evidence;
    private final EngagementNotices notices;
    private final ProviderRatings ratings;
    private final Organisations organisations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementMilestones(EngagementRepository engagements, EngagementCopies copies, EngagementEvidence evidence,
            EngagementNotices notices, ProviderRatings ratings, Organisations organisations, @Lazy Actors actors,
            ApplicationEventPublisher events, Clock clock) {
        this.engagements = engagements;
        this.copies = copies;
        this.evidence = evidence;
        this.notices = notices;
        this.ratings = ratings;
        this.organisations = organisations;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** What the current actor may do with this engagement now (for the views; the steps check again). */
    public EngagementPermission permission(Engagement e) {
        Actor actor = actors.current();
        boolean provider = isProviderSide(e, actor);
        boolean owner = isOwnerSide(e, actor);
        return new EngagementPermission(provider && e.getStatus() == EngagementStatus.ACTIVE,
                owner && e.getStatus() == EngagementStatus.ACTIVE,
                owner && e.getStatus() == EngagementStatus.ACTIVE && e.allMilestonesConfirmed(),
                owner && e.getStatus() == EngagementStatus.COMPLETED && e.getRating() == null);
    }

    /**
     * Delivers a milestone that is open or was sent back (the provider's admin or consultant): the note is
     * required, the files are optional (at most {@value #MAX_FILES}) and each must pass the evidence rules; they
     * are kept in the SME's tenant. A refused file leaves none of the delivery behind.
     */
    public Engagement deliver(String engagementId, int index, String note, List<EvidenceUpload> files) {
        Actor actor = actors.current();
        Engagement e = load(engagementId);
        if (!isProviderSide(e, actor)) {
            throw rejected("milestone", PROVIDER_DELIVERS);
        }
        EngagementMilestone milestone = active(e, index);
        if (!milestone.state().awaitsDelivery()) {
            throw rejected("milestone", NOT_AWAITING_DELIVERY);
        }
        List<EvidenceUpload> uploads = files == null ? List.of() : files.stream().filter(f -> f != null).toList();
        String text = text(note, "note", true, new Violations());
        if (uploads.size() > MAX_FILES) {
            throw rejected("file", TOO_MANY_FILES, MAX_FILES);
        }
        List<StoredEvidence> stored = new ArrayList<>();
        Instant now = clock.instant();
        Engagement saved;
        try {
            for (EvidenceUpload upload : uploads) {
                stored.add(evidence.store(e.getSmeTenantId(), engagementId, index, upload, actor.userId()));
            }
            List<MilestoneEvidence> kept = stored.stream()
                    .map(s -> new MilestoneEvidence(s.id(), s.filename(), s.contentType(), s.size())).toList();
            saved = copies.change(e.getTenantId(), engagementId, c -> {
                EngagementMilestone current = c.milestone(index).orElseThrow();
                if (!current.state().awaitsDelivery()) {
                    throw rejected("milestone", NOT_AWAITING_DELIVERY);
                }
                c.replaceMilestone(index, current.delivered(text, kept, actor.userId(), now));
            });
        } catch (RuntimeException refused) {
            evidence.remove(e.getSmeTenantId(), stored); // the delivery did not land: none of its files stay
            throw refused;
        }
        events.publishEvent(EngagementChanged.milestone(engagementId, other(saved), index,
                saved.getMilestones().get(index)));
        notices.toSme(saved, EngagementNotices.DELIVERED, saved.getProviderName(), milestone.title());
        return saved;
    }

    /** Confirms a delivered milestone (the SME's owner). */
    public Engagement confirm(String engagementId, int index) {
        Engagement e = load(engagementId);
        Actor actor = ownerOf(e);
        EngagementMilestone milestone = delivered(e, index);
        Engagement saved = decide(e, index, m -> m.confirmed(actor.userId(), clock.instant()));
        notices.toProvider(saved, EngagementNotices.CONFIRMED, saved.getSmeName(), milestone.title());
        events.publishEvent(new MilestoneConfirmed(saved.getSmeTenantId(), engagementId, index));
        return saved;
    }

    /** Sends a delivered milestone back to the provider (the SME's owner), with the reason it must read. */
    public Engagement sendBack(String engagementId, int index, String reason) {
        Engagement e = load(engagementId);
        Actor actor = ownerOf(e);
        EngagementMilestone milestone = delivered(e, index);
        String why = text(reason, "reason", true, new Violations());
        Engagement saved = decide(e, index, m -> m.sentBack(why, actor.userId(), clock.instant()));
        notices.toProvider(saved, EngagementNotices.SENT_BACK, saved.getSmeName(), milestone.title(), why);
        return saved;
    }

    /** Confirms the completion (the SME's owner), once every milestone is confirmed. */
    public Engagement complete(String engagementId) {
        Engagement e = load(engagementId);
        Actor actor = ownerOf(e);
        if (e.getStatus() != EngagementStatus.ACTIVE) {
            throw rejected("id", NOT_ACTIVE);
        }
        if (!e.allMilestonesConfirmed()) {
            throw rejected("id", MILESTONES_OPEN);
        }
        Instant now = clock.instant();
        Engagement saved = copies.change(e.getTenantId(), engagementId, c -> c.completed(actor.userId(), now));
        events.publishEvent(EngagementChanged.completed(engagementId, other(saved), actor.userId(), now));
        notices.toProvider(saved, EngagementNotices.COMPLETED, saved.getSmeName());
        return saved;
    }

    /**
     * Rates the provider of a completed engagement (the SME's owner), once: 1–5 stars and an optional comment. The
     * provider's public rating counts it.
     */
    public Engagement rate(String engagementId, Integer stars, String comment) {
        Engagement e = load(engagementId);
        Actor actor = ownerOf(e);
        if (e.getStatus() != EngagementStatus.COMPLETED) {
            throw rejected("stars", NOT_COMPLETED);
        }
        if (e.getRating() != null) {
            throw rejected("stars", ALREADY_RATED);
        }
        Violations v = new Violations();
        v.check(stars != null && stars >= ProviderRatings.MIN_STARS && stars <= ProviderRatings.MAX_STARS, "stars",
                STARS_RANGE, ProviderRatings.MIN_STARS, ProviderRatings.MAX_STARS);
        String text = text(comment, "comment", false, v);
        v.throwIfAny();
        var rating = new EngagementRating(stars, text, actor.userId(), clock.instant());
        Engagement saved = copies.change(e.getTenantId(), engagementId, c -> {
            if (c.getRating() != null) {
                throw rejected("stars", ALREADY_RATED);
            }
            c.rated(rating);
        });
        ratings.record(saved.getProviderTenantId(), stars);
        events.publishEvent(EngagementChanged.rated(engagementId, other(saved), rating));
        notices.toProvider(saved, EngagementNotices.RATED, saved.getSmeName(), String.valueOf(stars));
        return saved;
    }

    /**
     * A delivery's evidence file, for either party: only a file named in one of the party's own milestones is
     * opened (in the SME's tenant, where it is kept); anything else is not found.
     */
    public Optional<EvidenceContent> evidence(String engagementId, String fileId) {
        Optional<Engagement> found = engagementId == null ? Optional.empty() : engagements.findByEngagementId(engagementId);
        return found.flatMap(e -> e.getMilestones().stream().flatMap(m -> m.evidence().stream())
                .filter(f -> f.fileId().equals(fileId)).findFirst()
                .flatMap(f -> evidence.open(e.getSmeTenantId(), f)));
    }

    /**
     * Process step, in the SME's tenant: the milestone's due date passed. Unless it was confirmed meanwhile, both
     * sides are told it is overdue. Returns whether they were.
     */
    public boolean overdue(String engagementId, int index) {
        if (!actors.current().isSystem()) {
            throw new IllegalStateException("Only the engagement-milestones process takes this step");
        }
        Optional<Engagement> found = engagements.findByEngagementId(engagementId);
        if (found.isEmpty() || found.get().getStatus() != EngagementStatus.ACTIVE) {
            return false;
        }
        Engagement e = found.get();
        Optional<EngagementMilestone> milestone = e.milestone(index);
        if (milestone.isEmpty() || milestone.get().state() == MilestoneState.CONFIRMED) {
            return false;
        }
        String due = milestone.get().due().toString();
        notices.toSme(e, EngagementNotices.OVERDUE, milestone.get().title(), due);
        notices.toProvider(e, EngagementNotices.OVERDUE, milestone.get().title(), due);
        return true;
    }

    /** Today in China, for overdue highlighting. */
    public LocalDate today() {
        return clock.instant().atZone(ZoneOffset.ofHours(8)).toLocalDate();
    }

    /** Applies the owner's decision to a milestone still DELIVERED on the freshest copy (a retry re-checks). */
    private Engagement decide(Engagement e, int index, UnaryOperator<EngagementMilestone> step) {
        var changed = new EngagementMilestone[1];
        Engagement saved = copies.change(e.getTenantId(), e.getEngagementId(), c -> {
            EngagementMilestone current = c.milestone(index).orElseThrow();
            if (current.state() != MilestoneState.DELIVERED) {
                throw rejected("milestone", NOT_DELIVERED);
            }
            changed[0] = step.apply(current);
            c.replaceMilestone(index, changed[0]);
        });
        events.publishEvent(EngagementChanged.milestone(e.getEngagementId(), other(saved), index, changed[0]));
        return saved;
    }

    private static String other(Engagement e) {
        return e.getTenantId().equals(e.getSmeTenantId()) ? e.getProviderTenantId() : e.getSmeTenantId();
    }

    private Engagement load(String engagementId) {
        return (engagementId == null ? Optional.<Engagement>empty() : engagements.findByEngagementId(engagementId))
                .orElseThrow(() -> rejected("id", UNKNOWN));
    }

    private static EngagementMilestone active(Engagement e, int index) {
        if (e.getStatus() != EngagementStatus.ACTIVE) {
            throw rejected("id", NOT_ACTIVE);
        }
        return e.milestone(index).orElseThrow(() -> rejected("milestone", UNKNOWN_MILESTONE));
    }

    private static EngagementMilestone delivered(Engagement e, int index) {
        EngagementMilestone milestone = active(e, index);
        if (milestone.state() != MilestoneState.DELIVERED) {
            throw rejected("milestone", NOT_DELIVERED);
        }
        return milestone;
    }

    private Actor ownerOf(Engagement e) {
        Actor actor = actors.current();
        if (!isOwnerSide(e, actor)) {
            throw rejected("milestone", OWNER_DECIDES);
        }
        return actor;
    }

    private boolean isProviderSide(Engagement e, Actor actor) {
        if (!e.getTenantId().equals(e.getProviderTenantId())) {
            return false;
        }
        return actor.isSystem() ? kindIs(TenantKind.PROVIDER)
                : actor.has(Role.PROVIDER_ADMIN) || actor.has(Role.PROVIDER_CONSULTANT);
    }

    private boolean isOwnerSide(Engagement e, Actor actor) {
        if (!e.getTenantId().equals(e.getSmeTenantId())) {
            return false;
        }
        return actor.isSystem() ? kindIs(TenantKind.ENTERPRISE) : actor.has(Role.ENTERPRISE_OWNER);
    }

    private boolean kindIs(TenantKind kind) {
        return organisations.find(TenantContext.require()).map(o -> o.getKind() == kind).orElse(false);
    }

    /** Stripped text within {@value #MAX_TEXT} characters; required or not. Throws the violations found so far. */
    private static String text(String value, String field, boolean required, Violations v) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (required) {
            v.requireText(text, field);
        }
        v.check(text == null || text.length() <= MAX_TEXT, field, TOO_LONG, MAX_TEXT);
        if (required) {
            v.throwIfAny();
        }
        return text;
    }

    static InputRejectedException rejected(String field, String key, Object... arguments) {
        return new InputRejectedException(Violation.of(field, key, arguments));
    }
}
