package org.uplift.subsidy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The two-copy write shared by the application's acts ({@link SubsidyApplications}, {@link ImplementationDeadlines},
 * {@link OnSiteAcceptance}): each change is applied to the SME's copy as the SME and to the authority's case as the
 * authority, recorded in the history and appended to the audit chain {@code application:<id>}.
 */
@Component
class ApplicationWrites {

    private final ApplicantCopyRepository copies;
    private final ApplicationCaseRepository cases;
    private final AuditTrail audit;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApplicationWrites(ApplicantCopyRepository copies, ApplicationCaseRepository cases, AuditTrail audit,
            @Lazy Actors actors, ApplicationEventPublisher events, Clock clock) {
        this.copies = copies;
        this.cases = cases;
        this.audit = audit;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the change to both copies, each as its owning tenant, and audits it; returns the caller's copy. */
    SubsidyApplication change(SubsidyApplication current, Actor actor, String action, ApplicationStatus next,
            String note, Consumer<SubsidyApplication> mutation) {
        ApplicationStatus before = current.getStatus();
        Instant now = clock.instant();
        Consumer<SubsidyApplication> full = a -> {
            mutation.accept(a);
            a.status(next, now);
            a.record(new ApplicationEntry(now, actor.userId(), action, note));
        };
        String id = current.getApplicationId();
        List<SubsidyApplication> results = new ArrayList<>(2);
        TenantContext.runAs(current.getSmeTenantId(), () -> copies.findByApplicationId(id).ifPresent(c -> {
            full.accept(c);
            results.add(copies.save(c));
        }));
        TenantContext.runAs(current.getAuthorityTenantId(), () -> cases.findByApplicationId(id).ifPresent(c -> {
            full.accept(c);
            results.add(cases.save(c));
        }));
        audit(current, action, before, next, note);
        events.publishEvent(new ApplicationChanged(id, current.getSmeTenantId(), current.getAuthorityTenantId(),
                action, next));
        String mine = TenantContext.require();
        return results.stream().filter(r -> r.getTenantId().equals(mine)).findFirst().orElse(results.get(0));
    }

    void audit(SubsidyApplication application, String action, ApplicationStatus before,
            ApplicationStatus after, String reason) {
        audit.appendAsParty(SubsidyApplications.subject(application.getApplicationId()),
                application.getAuthorityTenantId(), Set.of(application.getSmeTenantId()), action,
                before == null ? null : before.name(), after == null ? null : after.name(), reason);
    }

    /** The current authority's case; any other id is unknown. */
    SubsidyApplication ownCase(String applicationId) {
        return findCase(applicationId).orElseThrow(() -> rejected("id", SubsidyApplications.UNKNOWN));
    }

    Optional<SubsidyApplication> findCase(String applicationId) {
        return applicationId == null ? Optional.empty()
                : cases.findByApplicationId(applicationId).map(SubsidyApplication.class::cast);
    }

    /** The current SME's copy; any other id is unknown. */
    SubsidyApplication ownCopy(String applicationId) {
        return (applicationId == null ? Optional.<ApplicantCopy>empty() : copies.findByApplicationId(applicationId))
                .orElseThrow(() -> rejected("id", SubsidyApplications.UNKNOWN));
    }

    /** The acting system work of the process; anyone else is refused. */
    Actor process() {
        Actor actor = actors.current();
        if (!actor.isSystem()) {
            throw rejected("application", SubsidyApplications.PROCESS_ONLY);
        }
        return actor;
    }

    static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
