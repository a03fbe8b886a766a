package org.uplift.subsidy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.notification.Notifications;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.Violations;

/**
 * The implementation time box of a registered application (step 6). The deadline is the end of the registration
 * day (Beijing time) plus the programme's implementation months. Who may, decided here from {@link Actors#current()}:
 * the SME's owner asks once for an extension (reason mandatory, a new date after the current deadline and at most
 * {@link ImplementationProperties#maxExtensionMonths()} later); the authority's reviewers decide it (a rejection
 * needs a reason); the process starts the time box, warns and expires.
 */
@Service
@EnableConfigurationProperties(ImplementationProperties.class)
public class ImplementationDeadlines {

    public static final String NOT_IMPLEMENTING = "subsidy.implementation.notImplementing";
    public static final String OWNER_REQUESTS = "subsidy.implementation.ownerRequests";
    public static final String ONE_EXTENSION = "subsidy.implementation.oneExtension";
    public static final String EXTENSION_RANGE = "subsidy.implementation.extensionRange";
    public static final String NO_PENDING_EXTENSION = "subsidy.implementation.noPendingExtension";
    public static final String NOT_AN_EXTENSION_DECIDER = "subsidy.implementation.notADecider";
    public static final String WARNING = "notification.subsidy.deadlineApproaching";

    /** Who decides an extension: the same people who review applications at expert and senior level. */
    public static final Set<Role> EXTENSION_DECIDERS = EnumSet.of(Role.REVIEWER, Role.SENIOR_REVIEWER,
            Role.PROGRAMME_MANAGER);

    private final ApplicationWrites writes;
    private final Programmes programmes;
    private final ImplementationProperties properties;
    private final ZoneId zone;
    private final Team team;
    private final Notifications notifications;
    private final Actors actors;
    private final Clock clock;

    ImplementationDeadlines(ApplicationWrites writes, Programmes programmes, ImplementationProperties properties,
            SubsidyProperties subsidy, Team team, Notifications notifications, @Lazy Actors actors, Clock clock) {
        this.writes = writes;
        this.programmes = programmes;
        this.properties = properties;
        this.zone = subsidy.zone();
        this.team = team;
        this.notifications = notifications;
        this.actors = actors;
        this.clock = clock;
    }

    public ImplementationProperties properties() {
        return properties;
    }

    /** When the warning is due: {@link ImplementationProperties#warnBefore()} before the deadline. */
    public Instant warningAt(SubsidyApplication application) {
        return application.getImplementation().deadline().minus(properties.warnBefore());
    }

    /** The latest date an extension may ask for. */
    public LocalDate latestExtension(SubsidyApplication application) {
        return application.getImplementation().deadlineDate().plusMonths(properties.maxExtensionMonths());
    }

    // ---- the process ----

    /** Starts the time box of a registered application; idempotent. */
    public SubsidyApplication start(String applicationId) {
        Actor actor = writes.process();
        SubsidyApplication kase = writes.ownCase(applicationId);
        if (kase.getImplementation() != null) {
            return kase;
        }
        if (kase.getStatus() != ApplicationStatus.REGISTERED) {
            throw ApplicationWrites.rejected("status", NOT_IMPLEMENTING);
        }
        Instant registeredAt = kase.getHistory().stream().filter(e -> e.action().equals("OFFER_ACCEPTED"))
                .map(ApplicationEntry::at).reduce((a, b) -> b).orElse(clock.instant());
        LocalDate registeredOn = LocalDate.ofInstant(registeredAt, zone);
        int months = programmes.published(kase.getProgrammeId()).orElseThrow().getTerms().implementationMonths();
        LocalDate deadline = registeredOn.plusMonths(months);
        return writes.change(kase, actor, "IMPLEMENTATION_STARTED", ApplicationStatus.REGISTERED, deadline.toString(),
                a -> a.implementation(new ImplementationTerm(registeredOn, deadline, endOf(deadline), null)));
    }

    /** The deadline approaches: the SME's owners and the provider's people are told (once). */
    public SubsidyApplication warn(String applicationId) {
        Actor actor = writes.process();
        SubsidyApplication kase = writes.ownCase(applicationId);
        if (kase.getStatus() != ApplicationStatus.REGISTERED || kase.getImplementation() == null
                || kase.getImplementation().warnedAt() != null) {
            return kase;
        }
        String date = kase.getImplementation().deadlineDate().toString();
        List<String> arguments = List.of(kase.getProgrammeName(), date);
        String link = "applications/" + applicationId;
        tell(kase.getSmeTenantId(), Set.of(Role.ENTERPRISE_OWNER), arguments, link);
        if (kase.getProviderTenantId() != null) {
            tell(kase.getProviderTenantId(), Set.of(Role.PROVIDER_ADMIN, Role.PROVIDER_CONSULTANT), arguments, null);
        }
        Instant now = clock.instant();
        return writes.change(kase, actor, "DEADLINE_WARNED", ApplicationStatus.REGISTERED, date,
                a -> a.implementation(a.getImplementation().warned(now)));
    }

    /** No acceptance request by the deadline: closed as EXPIRED, with what was released. */
    public SubsidyApplication expire(String applicationId, long releasedFen) {
        Actor actor = writes.process();
        SubsidyApplication kase = writes.ownCase(applicationId);
        if (kase.getStatus() == ApplicationStatus.EXPIRED) {
            return kase;
        }
        if (kase.getStatus() != ApplicationStatus.REGISTERED) {
            throw ApplicationWrites.rejected("status", NOT_IMPLEMENTING);
        }
        return writes.change(kase, actor, "EXPIRED", ApplicationStatus.EXPIRED, Long.toString(releasedFen), a -> {
            a.settled(null, releasedFen);
            if (a.getExtension() != null && a.getExtension().isPending()) {
                a.extension(a.getExtension().decided(ExtensionRequest.Outcome.LAPSED, actor.userId(), clock.instant(),
                        null));
            }
        });
    }

    // ---- the SME's owner ----

    public SubsidyApplication requestExtension(String applicationId, LocalDate until, String reason) {
        Actor actor = actors.current();
        SubsidyApplication own = writes.ownCopy(applicationId);
        if (!actor.isSystem() && !actor.has(Role.ENTERPRISE_OWNER)) {
            throw ApplicationWrites.rejected("extension", OWNER_REQUESTS);
        }
        if (own.getStatus() != ApplicationStatus.REGISTERED || own.getImplementation() == null) {
            throw ApplicationWrites.rejected("extension", NOT_IMPLEMENTING);
        }
        if (own.getExtension() != null) {
            throw ApplicationWrites.rejected("extension", ONE_EXTENSION);
        }
        LocalDate current = own.getImplementation().deadlineDate();
        new Violations().requireText(reason, "reason")
                .check(until != null, "until", "validation.required")
                .check(until == null || (until.isAfter(current) && !until.isAfter(latestExtension(own))), "until",
                        EXTENSION_RANGE, current.toString(), latestExtension(own).toString())
                .throwIfAny();
        Instant now = clock.instant();
        return writes.change(own, actor, "EXTENSION_REQUESTED", ApplicationStatus.REGISTERED,
                until + "：" + reason.strip(), a -> a.extension(new ExtensionRequest(until, reason.strip(),
                        actor.userId(), now, ExtensionRequest.Outcome.PENDING, null, null, null)));
    }

    // ---- the authority's reviewers ----

    /** Approves (the deadline moves to the date asked for) or rejects (reason mandatory) the pending extension. */
    public SubsidyApplication decideExtension(String applicationId, boolean approve, String reason) {
        Actor actor = actors.current();
        SubsidyApplication kase = writes.ownCase(applicationId);
        if (!actor.isSystem() && EXTENSION_DECIDERS.stream().noneMatch(actor::has)) {
            throw ApplicationWrites.rejected("decision", NOT_AN_EXTENSION_DECIDER);
        }
        if (kase.getStatus() != ApplicationStatus.REGISTERED || kase.getExtension() == null
                || !kase.getExtension().isPending()) {
            throw ApplicationWrites.rejected("decision", NO_PENDING_EXTENSION);
        }
        new Violations().check(approve || (reason != null && !reason.isBlank()), "reason",
                SubsidyApplications.REASON_REQUIRED).throwIfAny();
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        LocalDate until = kase.getExtension().until();
        return writes.change(kase, actor, approve ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED",
                ApplicationStatus.REGISTERED, approve ? until.toString() : why, a -> {
                    a.extension(a.getExtension().decided(approve ? ExtensionRequest.Outcome.APPROVED
                            : ExtensionRequest.Outcome.REJECTED, actor.userId(), now, why));
                    if (approve) {
                        a.implementation(a.getImplementation().movedTo(until, endOf(until)));
                    }
                });
    }

    private Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private void tell(String tenantId, Set<Role> roles, List<String> arguments, String link) {
        TenantContext.runAs(tenantId, () -> team.members().stream()
                .filter(m -> m.roles().stream().anyMatch(roles::contains))
                .forEach(m -> notifications.notify(m.userId(), WARNING, arguments, link)));
    }
}
