package org.uplift.marketplace.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.pool.PoolStatus;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * Pool applications and who may do what with them, decided from {@link Actors#current()}:
 * <ul>
 * <li>a provider's PROVIDER_ADMIN applies for its own tenant, answers a request for information and lodges
 * the one appeal against a sanction;</li>
 * <li>the authority's REVIEWER, SENIOR_REVIEWER and PROGRAMME_MANAGER review applications to their own
 * authority only; its PROGRAMME_MANAGER sanctions admitted providers and decides appeals;</li>
 * <li>anyone signed in may object during the public notice;</li>
 * <li>the admission process (system work) opens and ends the notice, lapses and admits.</li>
 * </ul>
 * The application is owned by the provider's tenant; the authority, an objector and the process reach it
 * across tenants here only, by its id, and only when it names the authority (or is on public notice).
 */
@Service
@EnableConfigurationProperties(AdmissionProperties.class)
public class PoolApplications {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final String PROVIDER_ADMINS_APPLY = "admission.providerAdminsApply";
    public static final String UNKNOWN_AUTHORITY = "admission.unknownAuthority";
    public static final String ALREADY_APPLIED = "admission.alreadyApplied";
    public static final String ALREADY_IN_POOL = "admission.alreadyInPool";
    public static final String UNKNOWN = "admission.unknownApplication";
    public static final String REVIEWERS_DECIDE = "admission.reviewersDecide";
    public static final String NOT_UNDER_REVIEW = "admission.notUnderReview";
    public static final String NO_INFORMATION_REQUESTED = "admission.noInformationRequested";
    public static final String DEADLINE_RANGE = "admission.deadlineRange";
    public static final String NOT_IN_NOTICE = "admission.notInNotice";
    public static final String MANAGERS_DECIDE = "admission.managersDecide";
    public static final String NOT_ADMITTED = "admission.notAdmitted";
    public static final String UNKNOWN_SANCTION = "admission.unknownSanction";
    public static final String APPEAL_NOT_OPEN = "admission.appealNotOpen";
    public static final String NO_APPEAL_LODGED = "admission.noAppealLodged";
    public static final String PROCESS_DECIDES = "admission.processDecides";
    public static final String SIGN_IN_TO_OBJECT = "admission.signInToObject";
    public static final int MAX_DEADLINE_DAYS = 60;

    private static final String READ_BY_ID = "admission: the authority, an objector or the admission process reads "
            + "one provider's application by id";
    private static final Set<Role> REVIEWERS = Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER, Role.PROGRAMME_MANAGER);

    private final PoolApplicationRepository applications;
    private final CertificateFiles files;
    private final FrameworkCatalog frameworks;
    private final Organisations organisations;
    private final ProviderPool pool;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final AdmissionProperties properties;
    private final Clock clock;

    PoolApplications(PoolApplicationRepository applications, CertificateFiles files, FrameworkCatalog frameworks,
            Organisations organisations, ProviderPool pool, @Lazy Actors actors, ApplicationEventPublisher events,
            AdmissionProperties properties, Clock clock) {
        this.applications = applications;
        this.files = files;
        this.frameworks = frameworks;
        this.organisations = organisations;
        this.pool = pool;
        this.actors = actors;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    public AdmissionProperties properties() {
        return properties;
    }

    /** The authorities a provider may apply to, by name. */
    public List<Organisation> authorities() {
        return organisations.all().stream().filter(o -> o.getKind() == TenantKind.AUTHORITY)
                .sorted(java.util.Comparator.comparing(Organisation::getName)).toList();
    }

    // ---- the provider ----

    /**
     * The current provider applies to an authority's pool. Every field and every certificate scan is checked
     * before anything is stored; the scans are stored first and removed again if the application cannot be.
     */
    public PoolApplication submit(String authorityTenantId, ApplicationForm form) {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.PROVIDER_ADMIN)) {
            throw rejected("application", PROVIDER_ADMINS_APPLY);
        }
        String provider = TenantContext.require();
        Organisation authority = (authorityTenantId == null ? Optional.<Organisation>empty()
                : organisations.find(authorityTenantId)).filter(o -> o.getKind() == TenantKind.AUTHORITY)
                .orElseThrow(() -> rejected("authorityTenantId", UNKNOWN_AUTHORITY));
        if (applications.findAllByOrderBySubmittedAtDesc().stream().anyMatch(a -> a.getStatus().isOpen())) {
            throw rejected("application", ALREADY_APPLIED);
        }
        if (pool.standing(provider).map(s -> s.getStatus() != PoolStatus.REJECTED).orElse(false)) {
            throw rejected("application", ALREADY_IN_POOL);
        }
        Framework miit = frameworks.latest(Assessments.MIIT).orElseThrow();
        LocalDate today = today();
        AdmissionRules.check(form, miit, today, properties.maxCertificateSize().toBytes(),
                readable(properties.maxCertificateSize().toMegabytes())).throwIfAny();

        List<String> stored = new ArrayList<>();
        try {
            List<Certificate> certificates = new ArrayList<>();
            for (CertificateInput c : form.certificates()) {
                String contentType = AdmissionRules.type(c).orElseThrow().contentType();
                String fileId = files.store(c.fileName(), contentType, c.content(), actor.userId());
                stored.add(fileId);
                certificates.add(new Certificate(c.name().strip(), c.number().strip(), c.issuer().strip(),
                        c.validUntil(), fileId, CertificateFiles.cleanName(c.fileName()), contentType,
                        c.content().length));
            }
            var references = form.references().stream()
                    .map(r -> new ReferenceProject(r.client().strip(), r.year(), r.summary().strip())).toList();
            var qualifications = new Qualifications(form.businessScope().strip(), certificates, references,
                    form.staffCount(), form.dimensions(), form.scenarios());
            String providerName = organisations.find(provider).map(Organisation::getName).orElse(provider);
            PoolApplication saved = applications.save(new PoolApplication(authority.getId(), authority.getName(),
                    providerName, actor.userId(), clock.instant(), qualifications));
            events.publishEvent(new PoolApplicationSubmitted(saved.getId(), provider, authority.getId()));
            return saved;
        } catch (RuntimeException e) {
            files.deleteAll(stored);
            throw e;
        }
    }

    /** The current provider's applications, newest first. */
    public List<PoolApplication> mine() {
        return applications.findAllByOrderBySubmittedAtDesc();
    }

    /** The provider answers the authority's request for more information; the case goes back to review. */
    public PoolApplication answer(String applicationId, String answer) {
        Actor actor = actors.current();
        PoolApplication application = own(applicationId, actor);
        if (application.getStatus() != ApplicationStatus.INFORMATION_REQUESTED) {
            throw rejected("answer", NO_INFORMATION_REQUESTED);
        }
        String text = required(answer, "answer", 2000);
        application.answer(text);
        application.moveTo(ApplicationStatus.UNDER_REVIEW);
        application.record(clock.instant(), "answered", actor.userId(), text);
        return applications.save(application);
    }

    /** The provider's one appeal against a sanction, while its appeal window is open. */
    public PoolApplication appeal(String applicationId, String sanctionId, String appeal) {
        Actor actor = actors.current();
        PoolApplication application = own(applicationId, actor);
        Sanction sanction = application.sanction(String.valueOf(sanctionId))
                .orElseThrow(() -> rejected("sanctionId", UNKNOWN_SANCTION));
        if (sanction.appeal() != AppealState.OPEN) {
            throw rejected("appeal", APPEAL_NOT_OPEN);
        }
        String text = required(appeal, "appeal", 2000);
        application.replace(sanction.withAppeal(AppealState.LODGED, text, null));
        application.record(clock.instant(), "appealed", actor.userId(), text);
        return applications.save(application);
    }

    private PoolApplication own(String applicationId, Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.PROVIDER_ADMIN)) {
            throw rejected("application", PROVIDER_ADMINS_APPLY);
        }
        return (applicationId == null ? Optional.<PoolApplication>empty() : applications.findById(applicationId))
                .orElseThrow(() -> rejected("applicationId", UNKNOWN));
    }

    // ---- reading, for whoever may ----

    /**
     * An application as the provider that applied or the authority it applied to sees it (the authority's
     * reviewers and programme managers); empty for anyone else and for an unknown id.
     */
    public Optional<PoolApplication> find(String applicationId) {
        String tenant = TenantContext.require();
        Actor actor = actors.current();
        return anyTenant(applicationId).filter(a -> a.getTenantId().equals(tenant)
                || (a.getAuthorityTenantId().equals(tenant) && (actor.isSystem() || reviews(actor))));
    }

    /** An application on public notice, as anyone signed in sees it; empty once the notice is over. */
    public Optional<PublicNotice> publicNotice(String applicationId) {
        return anyTenant(applicationId).filter(a -> a.getStatus() == ApplicationStatus.IN_NOTICE)
                .map(a -> new PublicNotice(a.getId(), a.getProviderName(), a.getAuthorityName(),
                        a.getQualifications().businessScope(), a.getQualifications().dimensions(),
                        a.getQualifications().scenarios(), a.getNoticeEndsAt()));
    }

    /** A certificate scan of an application the current user may see. */
    public Optional<CertificateScan> certificate(String applicationId, int index) {
        return find(applicationId).filter(a -> index >= 0 && index < a.getQualifications().certificates().size())
                .flatMap(a -> {
                    Certificate c = a.getQualifications().certificates().get(index);
                    // the scan is the provider's: read in its tenant once find() has let the reader see the application
                    return TenantContext.callAs(a.getTenantId(), () -> files.read(c.fileId()))
                            .map(bytes -> new CertificateScan(c.fileName(), c.contentType(), bytes));
                });
    }

    // ---- the authority's expert review ----

    public PoolApplication approve(String applicationId, String comment) {
        Actor actor = actors.current();
        PoolApplication application = underReview(applicationId, actor);
        String note = optional(comment, "comment", 2000);
        application.reviewedBy(actor.userId());
        application.record(clock.instant(), "approved", actor.userId(), note);
        return write(application);
    }

    public PoolApplication reject(String applicationId, String reason) {
        Actor actor = actors.current();
        PoolApplication application = underReview(applicationId, actor);
        String why = required(reason, "reason", 2000);
        application.reviewedBy(actor.userId());
        application.moveTo(ApplicationStatus.REJECTED);
        application.record(clock.instant(), "rejected", actor.userId(), why);
        return write(application);
    }

    /**
     * Asks the provider for more information by a deadline (a date; the default is
     * {@code uplift.marketplace.admission.information-deadline} from today); the process lapses the
     * application when the deadline passes unanswered.
     */
    public PoolApplication requestInformation(String applicationId, String question, LocalDate deadline) {
        Actor actor = actors.current();
        PoolApplication application = underReview(applicationId, actor);
        Violations v = new Violations();
        String text = question == null ? null : question.strip();
        v.check(text != null && !text.isEmpty(), "question", AdmissionRules.REQUIRED);
        v.check(text == null || text.length() <= 2000, "question", AdmissionRules.TOO_LONG, 2000);
        LocalDate today = today();
        LocalDate due = deadline != null ? deadline : defaultDeadline();
        v.check(due.isAfter(today) && !due.isAfter(today.plusDays(MAX_DEADLINE_DAYS)), "deadline", DEADLINE_RANGE,
                MAX_DEADLINE_DAYS);
        v.throwIfAny();
        Instant endOfDay = due.plusDays(1).atStartOfDay(ZONE).toInstant();
        application.requestInformation(text, endOfDay);
        application.reviewedBy(actor.userId());
        application.moveTo(ApplicationStatus.INFORMATION_REQUESTED);
        application.record(clock.instant(), "informationRequested", actor.userId(), text);
        return write(application);
    }

    public LocalDate defaultDeadline() {
        return clock.instant().plus(properties.informationDeadline()).atZone(ZONE).toLocalDate();
    }

    private PoolApplication underReview(String applicationId, Actor actor) {
        if (!reviews(actor)) {
            throw rejected("application", REVIEWERS_DECIDE);
        }
        PoolApplication application = ofMyAuthority(applicationId);
        if (application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
            throw rejected("application", NOT_UNDER_REVIEW);
        }
        return application;
    }

    private static boolean reviews(Actor actor) {
        return actor.roles().stream().anyMatch(REVIEWERS::contains);
    }

    private PoolApplication ofMyAuthority(String applicationId) {
        String authority = TenantContext.require();
        return anyTenant(applicationId).filter(a -> a.getAuthorityTenantId().equals(authority))
                .orElseThrow(() -> rejected("applicationId", UNKNOWN));
    }

    // ---- the public notice ----

    /** Anyone signed in objects to an application on public notice; the process sends it back to review. */
    public PoolApplication object(String applicationId, String objection) {
        Actor actor = actors.current();
        if (actor.isSystem()) {
            throw rejected("objection", SIGN_IN_TO_OBJECT);
        }
        PoolApplication application = anyTenant(applicationId).orElseThrow(() -> rejected("applicationId", UNKNOWN));
        if (application.getStatus() != ApplicationStatus.IN_NOTICE) {
            throw rejected("objection", NOT_IN_NOTICE);
        }
        String text = required(objection, "objection", 2000);
        application.record(clock.instant(), "objected", actor.userId() + "@" + actor.tenantId(), text);
        PoolApplication saved = write(application);
        events.publishEvent(new ObjectionLodged(saved.getId(), saved.getAuthorityTenantId()));
        return saved;
    }

    // ---- sanctions ----

    /** The authority's programme manager warns, suspends or removes an admitted provider, with a reason. */
    public Sanction sanction(String applicationId, SanctionKind kind, String reason) {
        Actor actor = actors.current();
        if (!actor.has(Role.PROGRAMME_MANAGER)) {
            throw rejected("sanction", MANAGERS_DECIDE);
        }
        PoolApplication application = ofMyAuthority(applicationId);
        Violations v = new Violations();
        v.check(kind != null, "kind", AdmissionRules.REQUIRED);
        v.check(reason != null && !reason.isBlank(), "reason", AdmissionRules.REQUIRED);
        v.check(reason == null || reason.strip().length() <= 2000, "reason", AdmissionRules.TOO_LONG, 2000);
        v.check(application.getStatus() == ApplicationStatus.ADMITTED
                && pool.standing(application.getTenantId()).map(s -> s.getStatus() == PoolStatus.ADMITTED
                        || (kind != SanctionKind.SUSPEND && s.getStatus() == PoolStatus.SUSPENDED)).orElse(false),
                "sanction", NOT_ADMITTED);
        v.throwIfAny();
        Sanction sanction = new Sanction(UUID.randomUUID().toString(), kind, reason.strip(), actor.userId(),
                clock.instant(), AppealState.OPEN, null, null);
        application.add(sanction);
        application.record(clock.instant(), "sanctioned." + kind.name(), actor.userId(), sanction.reason());
        PoolApplication saved = write(application);
        events.publishEvent(new SanctionImposed(saved.getId(), sanction.id(), saved.getTenantId(),
                saved.getAuthorityTenantId(), kind));
        return sanction;
    }

    /** The programme manager grants or refuses a lodged appeal, with a reason. */
    public Sanction decideAppeal(String applicationId, String sanctionId, boolean granted, String reason) {
        Actor actor = actors.current();
        if (!actor.has(Role.PROGRAMME_MANAGER)) {
            throw rejected("appeal", MANAGERS_DECIDE);
        }
        PoolApplication application = ofMyAuthority(applicationId);
        Sanction sanction = application.sanction(String.valueOf(sanctionId))
                .orElseThrow(() -> rejected("sanctionId", UNKNOWN_SANCTION));
        if (sanction.appeal() != AppealState.LODGED) {
            throw rejected("appeal", NO_APPEAL_LODGED);
        }
        String why = required(reason, "reason", 2000);
        Sanction decided = sanction.withAppeal(granted ? AppealState.GRANTED : AppealState.REFUSED,
                sanction.appealText(), why);
        application.replace(decided);
        application.record(clock.instant(), granted ? "appealGranted" : "appealRefused", actor.userId(), why);
        write(application);
        return decided;
    }

    // ---- the admission process's own steps (system work) ----

    /** The expert approved: the application goes on public notice for {@code period} from now. */
    public PoolApplication openNotice(String applicationId, java.time.Duration period) {
        PoolApplication application = forProcess(applicationId);
        application.openNotice(clock.instant().plus(period));
        application.moveTo(ApplicationStatus.IN_NOTICE);
        application.record(clock.instant(), "noticeOpened", actorId(), null);
        return write(application);
    }

    /** An objection during the notice sent the case back to expert review. */
    public PoolApplication reopenReview(String applicationId) {
        PoolApplication application = forProcess(applicationId);
        application.moveTo(ApplicationStatus.UNDER_REVIEW);
        application.record(clock.instant(), "reopened", actorId(), null);
        return write(application);
    }

    /** The notice passed without objection: admitted. */
    public PoolApplication admitted(String applicationId) {
        PoolApplication application = forProcess(applicationId);
        application.moveTo(ApplicationStatus.ADMITTED);
        application.record(clock.instant(), "admitted", actorId(), null);
        return write(application);
    }

    /** The request for information went unanswered past its deadline. */
    public PoolApplication lapse(String applicationId) {
        PoolApplication application = forProcess(applicationId);
        application.moveTo(ApplicationStatus.LAPSED);
        application.record(clock.instant(), "lapsed", actorId(), null);
        return write(application);
    }

    /** The appeal window of a sanction passed without an appeal. */
    public PoolApplication closeAppeal(String applicationId, String sanctionId) {
        PoolApplication application = forProcess(applicationId);
        application.sanction(sanctionId).filter(s -> s.appeal() == AppealState.OPEN)
                .ifPresent(s -> application.replace(s.withAppeal(AppealState.CLOSED, null, null)));
        return write(application);
    }

    private PoolApplication forProcess(String applicationId) {
        if (!actors.current().isSystem()) {
            throw rejected("application", PROCESS_DECIDES);
        }
        return anyTenant(applicationId).orElseThrow(() -> rejected("applicationId", UNKNOWN));
    }

    private String actorId() {
        return actors.current().userId();
    }

    // ---- storage across tenants ----

    private Optional<PoolApplication> anyTenant(String applicationId) {
        if (applicationId == null || applicationId.isBlank()) {
            return Optional.empty();
        }
        return CrossTenantAccess.call(READ_BY_ID, () -> applications.findById(applicationId));
    }

    /**
     * Saves an application read through the door: the write itself runs in the provider's tenant, which owns
     * the document, so the tenant guard confines it to that one document's tenant as for any write.
     */
    private PoolApplication write(PoolApplication application) {
        return TenantContext.callAs(application.getTenantId(), () -> applications.save(application));
    }

    private LocalDate today() {
        return clock.instant().atZone(ZONE).toLocalDate();
    }

    private static String readable(long megabytes) {
        return megabytes + " MB";
    }

    private static String required(String value, String field, int max) {
        Violations v = new Violations();
        AdmissionRules.text(v, value, field, max);
        v.throwIfAny();
        return value.strip();
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new InputRejectedException(Violation.of(field, AdmissionRules.TOO_LONG, max));
        }
        return value.strip();
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
