package org.uplift.marketplace.pool;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The provider pool, minimally: each provider's {@link ProviderStanding}. The admission process (expert
 * review, public notice, appeals: BPMN {@code provider-admission}, a later slice) will call these methods
 * when it decides; until then demo data and tests do. Only an authority's programme manager or system work
 * (the process, the demo seeder) changes a standing, and only along {@link PoolStatus}'s transitions; a
 * change is announced ({@link ProviderStandingChanged}) so the catalogue follows at once.
 */
@Service
public class ProviderPool {

    public static final String NOT_A_PROVIDER = "marketplace.pool.notAProvider";
    public static final String TRANSITION = "marketplace.pool.transition";
    public static final String AUTHORITIES_DECIDE = "marketplace.pool.authoritiesDecide";

    private final ProviderStandingRepository standings;
    private final Organisations organisations;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderPool(ProviderStandingRepository standings, Organisations organisations, @Lazy Actors actors,
            ApplicationEventPublisher events, Clock clock) {
        this.standings = standings;
        this.organisations = organisations;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    public Optional<ProviderStanding> standing(String providerTenantId) {
        return providerTenantId == null ? Optional.empty() : standings.findById(providerTenantId);
    }

    public boolean isAdmitted(String providerTenantId) {
        return standing(providerTenantId).map(ProviderStanding::isAdmitted).orElse(false);
    }

    /** The tenant ids of every admitted provider: the catalogue's rebuild reads them once. */
    public Set<String> admitted() {
        return standings.findAllByStatus(PoolStatus.ADMITTED).stream().map(ProviderStanding::getProviderTenantId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public ProviderStanding apply(String providerTenantId, String authorityTenantId) {
        return change(providerTenantId, authorityTenantId, PoolStatus.APPLIED, null);
    }

    /** Admits a provider (from APPLIED, or back from SUSPENDED); an unknown provider is admitted directly. */
    public ProviderStanding admit(String providerTenantId, String authorityTenantId, String reason) {
        return change(providerTenantId, authorityTenantId, PoolStatus.ADMITTED, reason);
    }

    /** Refuses an application (or records that it lapsed); the provider may apply again. */
    public ProviderStanding reject(String providerTenantId, String reason) {
        return change(providerTenantId, null, PoolStatus.REJECTED, required(reason));
    }

    /** A formal warning: recorded on the standing, which stays as it is. */
    public ProviderStanding warn(String providerTenantId, String reason) {
        String why = required(reason);
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.PROGRAMME_MANAGER)) {
            throw rejected("providerTenantId", AUTHORITIES_DECIDE);
        }
        ProviderStanding standing = standings.findById(String.valueOf(providerTenantId))
                .filter(s -> s.getStatus() == PoolStatus.ADMITTED || s.getStatus() == PoolStatus.SUSPENDED)
                .orElseThrow(() -> new InputRejectedException(Violation.of("status", TRANSITION, "-", "WARNED")));
        standing.warn(why, actor.userId(), clock.instant());
        return standings.save(standing);
    }

    public ProviderStanding suspend(String providerTenantId, String reason) {
        return change(providerTenantId, null, PoolStatus.SUSPENDED, required(reason));
    }

    public ProviderStanding remove(String providerTenantId, String reason) {
        return change(providerTenantId, null, PoolStatus.REMOVED, required(reason));
    }

    private ProviderStanding change(String providerTenantId, String authorityTenantId, PoolStatus next,
            String reason) {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.PROGRAMME_MANAGER)) {
            throw rejected("providerTenantId", AUTHORITIES_DECIDE);
        }
        boolean provider = organisations.find(providerTenantId).map(o -> o.getKind() == TenantKind.PROVIDER)
                .orElse(false);
        if (!provider) {
            throw rejected("providerTenantId", NOT_A_PROVIDER);
        }
        ProviderStanding standing = standings.findById(providerTenantId)
                .orElseGet(() -> new ProviderStanding(providerTenantId, authorityTenantId));
        boolean isNew = standing.getStatus() == null;
        if (!isNew && !standing.getStatus().mayBecome(next)) {
            throw new InputRejectedException(Violation.of("status", TRANSITION, standing.getStatus().name(), next.name()));
        }
        if (isNew && next != PoolStatus.APPLIED && next != PoolStatus.ADMITTED) {
            throw new InputRejectedException(Violation.of("status", TRANSITION, "-", next.name()));
        }
        standing.change(next, reason, actor.userId(), clock.instant());
        ProviderStanding saved = standings.save(standing);
        events.publishEvent(new ProviderStandingChanged(providerTenantId, next));
        return saved;
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw rejected("reason", "validation.required");
        }
        return reason.strip();
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
