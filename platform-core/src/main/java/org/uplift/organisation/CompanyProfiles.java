package org.uplift.organisation;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/** The current SME's company profile; its owners keep it. */
@Service
public class CompanyProfiles {

    public static final String OWNER_SAVES = "validation.profile.ownerSaves";

    private final CompanyProfileRepository profiles;
    private final ApplicationEventPublisher events;
    private final Actors actors;
    private final Clock clock;

    CompanyProfiles(CompanyProfileRepository profiles, ApplicationEventPublisher events, Actors actors, Clock clock) {
        this.profiles = profiles;
        this.events = events;
        this.actors = actors;
        this.clock = clock;
    }

    public Optional<CompanyProfile> current() {
        return profiles.findFirstBy();
    }

    /** A profile by id: found only within the current tenant. */
    public Optional<CompanyProfile> byId(String id) {
        return profiles.findById(id);
    }

    /** Creates or replaces the profile; refused unless the acting member is an owner (or system work). */
    public CompanyProfile save(CompanyProfileForm form) {
        Actor actor = actors.current();
        if (!actor.isOwner()) {
            throw new InputRejectedException(Violation.of("profile", OWNER_SAVES));
        }
        Violations violations = new Violations();
        form.check(violations);
        violations.throwIfAny();
        CompanyProfile profile = profiles.findFirstBy().orElse(null);
        if (profile == null) {
            profile = new CompanyProfile(form, clock.instant());
        } else {
            profile.apply(form, clock.instant());
        }
        CompanyProfile saved = profiles.save(profile);
        events.publishEvent(new CompanyProfileCompleted(TenantContext.require(), actor.userId()));
        return saved;
    }
}
