package org.uplift.organisation;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.Violations;

/** The current SME's company profile. */
@Service
public class CompanyProfiles {

    private final CompanyProfileRepository profiles;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CompanyProfiles(CompanyProfileRepository profiles, ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.events = events;
        this.clock = clock;
    }

    public Optional<CompanyProfile> current() {
        return profiles.findFirstBy();
    }

    /** A profile by id: found only within the current tenant. */
    public Optional<CompanyProfile> byId(String id) {
        return profiles.findById(id);
    }

    public CompanyProfile save(CompanyProfileForm form, String userId) {
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
        events.publishEvent(new CompanyProfileCompleted(TenantContext.require(), userId));
        return saved;
    }
}
