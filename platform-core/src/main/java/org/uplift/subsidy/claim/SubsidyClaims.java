package org.uplift.subsidy.claim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.assessment.evidence.StoredEvidence;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.identity.SystemWork;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * Subsidy claims, for every party. Who may, decided here from {@link Actors#current()}:
 * <ul>
 * <li>the SME's owner files the claim of its accepted application, until the filing deadline;</li>
 * <li>the authority's FINANCE_OFFICERs approve a filed claim (amount up to the accepted amount, payment date and
 * bank reference) or reject it with a reason;</li>
 * <li>its PROGRAMME_MANAGERs claw a paid disbursement back, with a reason;</li>
 * <li>the claim process (system work) opens the claim, pays the approved disbursement from the reservation,
 * expires an unfiled claim and releases the reservation of a rejected or expired one.</li>
 * </ul>
 * Each change is written to every copy (the authority's case first, then the SME's and the provider's copy, each
 * as its owning tenant) and appended to the application's audit chain; money moves only through
 * {@link BudgetLedger}, under keys derived from the claim id, so a retried step never moves it twice.
 */
@Service
@EnableConfigurationProperties(ClaimProperties.class)
public class SubsidyClaims {

    public static final String UNKNOWN = "subsidy.claim.unknown";
    public static final String OWNER_FILES = "subsidy.claim.ownerFiles";
    public static final String NOT_AWAITING = "subsidy.claim.notAwaiting";
    public static final String DEADLINE_PASSED = "subsidy.claim.deadlinePassed";
    public static final String INVOICE_NUMBER_REQUIRED = "subsidy.claim.invoiceNumberRequired";
    public static final String INVOICE_NUMBER_TOO_LONG = "subsidy.claim.invoiceNumberTooLong";
    public static final String FILES_REQUIRED = "subsidy.claim.filesRequired";
    public static final String TOO_MANY_FILES = "subsidy.claim.tooManyFiles";
    public static final String PAYMENT_BEFORE_APPLICATION = "subsidy.claim.paymentBeforeApplication";
    public static final String DATE_IN_FUTURE = "subsidy.claim.dateInFuture";
    public static final String AMOUNT_POSITIVE = "subsidy.claim.amountPositive";
    public static final String ABOVE_ACCEPTED = "subsidy.claim.aboveAccepted";
    public static final String FINANCE_DECIDES = "subsidy.claim.financeDecides";
    public static final String NOT_FILED = "subsidy.claim.notFiled";
    public static final String REASON_REQUIRED = "subsidy.claim.reasonRequired";
    public static final String MANAGER_CLAWS_BACK = "subsidy.claim.managerClawsBack";
    public static final String NOT_PAID = "subsidy.claim.notPaid";
    public static final String PROCESS_ONLY = "subsidy.claim.processOnly";

    static final int MAX_INVOICE_NUMBER = 64;
    static final int LISTED = 200;

    private final ClaimCopyRepository copies;
    private final ClaimCaseRepository cases;
    private final ClaimEvidence evidence;
    private final ClaimNotices notices;
    private final SubsidyApplications applications;
    private final BudgetLedger ledger;
    private final AuditTrail audit;
    private final ClaimProperties properties;
    private final ZoneId zone;
    private final Actors actors;
    private final Clock clock;

    SubsidyClaims(ClaimCopyRepository copies, ClaimCaseRepository cases, ClaimEvidence evidence,
            ClaimNotices notices, SubsidyApplications applications, BudgetLedger ledger, AuditTrail audit,
            ClaimProperties properties, SubsidyProperties subsidy, @Lazy Actors actors, Clock clock) {
        this.copies = copies;
        this.cases = cases;
        this.evidence = evidence;
        this.notices = notices;
        this.applications = applications;
        this.ledger = ledger;
        this.audit = audit;
        this.properties = properties;
        this.zone = subsidy.zone();
        this.actors = actors;
        this.clock = clock;
    }

    public ClaimProperties properties() {
        return properties;
    }

    // ---- opening ----

    /** The claim is opened when the acceptance is recorded, before anything else reacts to it. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ApplicationAccepted accepted) {
        open(accepted);
    }

    /**
     * Opens the claim of an accepted application, AWAITING_CLAIM until {@code acceptedAt} plus the filing deadline.
     * Idempotent on the application id: a second call (a redelivered event, the claim process starting) returns the
     * claim opened first and completes any copy an interrupted first call did not write.
     */
    public SubsidyClaim open(ApplicationAccepted accepted) {
        SubsidyApplication application = TenantContext.callAs(accepted.authorityTenantId(),
                () -> SystemWork.call("claim: read the accepted application", () -> applications.find(
                        accepted.applicationId())))
                .orElseThrow(() -> new IllegalStateException("Unknown application " + accepted.applicationId()));
        Instant now = clock.instant();
        var opening = new SubsidyClaim.Opening(accepted.applicationId(), accepted.authorityTenantId(),
                accepted.smeTenantId(), application.getSmeName(), accepted.providerTenantId(),
                accepted.programmeId(), application.getProgrammeName(), accepted.confirmedLevel(),
                accepted.amountFen(), application.getSubmittedAt(), accepted.acceptedAt(),
                accepted.acceptedAt().plus(properties.filingDeadline()));
        boolean opened = TenantContext.callAs(accepted.authorityTenantId(), () -> {
            if (cases.findByApplicationId(accepted.applicationId()).isPresent()) {
                return false;
            }
            ClaimCase kase = new ClaimCase();
            kase.open(opening, now);
            try {
                cases.insert(kase);
                return true;
            } catch (DuplicateKeyException raced) {
                return false;
            }
        });
        SubsidyClaim kase = TenantContext.callAs(accepted.authorityTenantId(),
                () -> cases.findByApplicationId(accepted.applicationId()).orElseThrow());
        for (String party : parties(kase)) {
            TenantContext.runAs(party, () -> {
                if (copies.findByApplicationId(accepted.applicationId()).isEmpty()) {
                    ClaimCopy copy = new ClaimCopy();
                    copy.open(opening, now);
                    try {
                        copies.insert(copy);
                    } catch (DuplicateKeyException raced) {
                        // the other call wrote it
                    }
                }
            });
        }
        if (opened) {
            TenantContext.runAs(accepted.authorityTenantId(), () -> SystemWork.run("claim: opened",
                    () -> audit(kase, "OPENED", null, ClaimStatus.AWAITING_CLAIM, null)));
            notices.toSmeOwners(kase, ClaimNotices.OPENED, kase.getProgrammeName());
        }
        return kase;
    }

    // ---- reads ----

    /** The current tenant's copy of the claim (SME, provider or authority); any other is not found. */
    public Optional<SubsidyClaim> find(String applicationId) {
        if (applicationId == null) {
            return Optional.empty();
        }
        actors.current();
        Optional<SubsidyClaim> own = copies.findByApplicationId(applicationId).map(SubsidyClaim.class::cast);
        return own.isPresent() ? own : cases.findByApplicationId(applicationId).map(SubsidyClaim.class::cast);
    }

    /** The authority's filed claims waiting for finance's decision, oldest first (finance officers and managers). */
    public List<SubsidyClaim> awaitingDecision() {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.FINANCE_OFFICER) && !actor.has(Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        return cases.findAllByStatusOrderByFiledAtAsc(ClaimStatus.FILED, Limit.of(LISTED)).stream()
                .map(SubsidyClaim.class::cast).toList();
    }

    /** A file of the claim, for the SME and the authority; any file the claim does not name is not found. */
    public Optional<EvidenceContent> file(String applicationId, String fileId) {
        Actor actor = actors.current();
        return find(applicationId)
                .filter(c -> actor.isSystem() || actor.tenantId().equals(c.getSmeTenantId())
                        || actor.tenantId().equals(c.getAuthorityTenantId()))
                .flatMap(c -> c.getFiles().stream().filter(f -> f.fileId().equals(fileId)).findFirst()
                        .flatMap(f -> evidence.open(c.getSmeTenantId(), f)));
    }

    public boolean mayFile(SubsidyClaim claim) {
        Actor actor = actors.current();
        return claim.getStatus() == ClaimStatus.AWAITING_CLAIM && actor.has(Role.ENTERPRISE_OWNER)
                && actor.tenantId().equals(claim.getSmeTenantId()) && clock.instant().isBefore(claim.getDeadline());
    }

    public boolean mayDecide(SubsidyClaim claim) {
        Actor actor = actors.current();
        return claim.getStatus() == ClaimStatus.FILED && actor.has(Role.FINANCE_OFFICER)
                && actor.tenantId().equals(claim.getAuthorityTenantId());
    }

    public boolean mayClawBack(SubsidyClaim claim) {
        Actor actor = actors.current();
        return claim.getStatus() == ClaimStatus.PAID && actor.has(Role.PROGRAMME_MANAGER)
                && actor.tenantId().equals(claim.getAuthorityTenantId());
    }

    // ---- the SME's owner ----

    /**
     * The owner files the claim. Every field is checked before the first file is stored (each refusal names its
     * field); a refused file is named by its kind's field and leaves none of the claim's files behind.
     */
    public SubsidyClaim file(String applicationId, ClaimFiling filing) {
        Actor actor = actors.current();
        SubsidyClaim claim = own(applicationId);
        if (!actor.has(Role.ENTERPRISE_OWNER) || !actor.tenantId().equals(claim.getSmeTenantId())) {
            throw rejected("claim", OWNER_FILES);
        }
        if (claim.getStatus() != ClaimStatus.AWAITING_CLAIM) {
            throw rejected("claim", NOT_AWAITING);
        }
        Instant now = clock.instant();
        if (!now.isBefore(claim.getDeadline())) {
            throw rejected("claim", DEADLINE_PASSED);
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate applied = LocalDate.ofInstant(claim.getApplicationSubmittedAt(), zone);
        List<String> numbers = filing.invoiceNumbers().stream().filter(n -> n != null && !n.isBlank())
                .map(String::strip).distinct().toList();
        Violations violations = new Violations()
                .check(!numbers.isEmpty(), "invoiceNumbers", INVOICE_NUMBER_REQUIRED)
                .check(numbers.stream().allMatch(n -> n.length() <= MAX_INVOICE_NUMBER), "invoiceNumbers",
                        INVOICE_NUMBER_TOO_LONG, MAX_INVOICE_NUMBER)
                .check(filing.paymentDate() != null, "paymentDate", "validation.required")
                .check(filing.paymentDate() == null || !filing.paymentDate().isBefore(applied), "paymentDate",
                        PAYMENT_BEFORE_APPLICATION, applied.toString())
                .check(filing.paymentDate() == null || !filing.paymentDate().isAfter(today), "paymentDate",
                        DATE_IN_FUTURE)
                .check(filing.amountPaidFen() > 0, "amountPaidFen", AMOUNT_POSITIVE);
        for (ClaimFileKind kind : ClaimFileKind.values()) {
            List<ClaimUpload> uploads = uploads(filing, kind);
            violations.check(!uploads.isEmpty(), kind.field(), FILES_REQUIRED)
                    .check(uploads.size() <= properties.maxFiles(), kind.field(), TOO_MANY_FILES,
                            properties.maxFiles());
        }
        violations.throwIfAny();

        List<StoredEvidence> stored = new ArrayList<>();
        try {
            List<ClaimFile> files = new ArrayList<>();
            for (ClaimFileKind kind : ClaimFileKind.values()) {
                for (ClaimUpload upload : uploads(filing, kind)) {
                    StoredEvidence s = storeAs(kind, claim, upload, actor);
                    stored.add(s);
                    files.add(new ClaimFile(kind, s.id(), s.filename(), s.contentType(), s.size()));
                }
            }
            SubsidyClaim saved = change(claim, actor, "FILED", Set.of(ClaimStatus.AWAITING_CLAIM), ClaimStatus.FILED,
                    String.join(", ", numbers), c -> c.filed(numbers, files, filing.paymentDate(),
                            filing.amountPaidFen(), actor.userId(), now));
            notices.toFinance(saved, ClaimNotices.FILED, saved.getSmeName(), saved.getProgrammeName());
            return saved;
        } catch (RuntimeException refused) {
            evidence.remove(claim.getSmeTenantId(), stored); // the claim did not land: none of its files stay
            throw refused;
        }
    }

    private StoredEvidence storeAs(ClaimFileKind kind, SubsidyClaim claim, ClaimUpload upload, Actor actor) {
        try {
            return evidence.store(claim.getSmeTenantId(), claim.getApplicationId(), kind, upload, actor.userId());
        } catch (InputRejectedException refused) {
            throw new InputRejectedException(refused.violations().stream()
                    .map(v -> new Violation(kind.field(), v.messageKey(), v.arguments())).toList());
        }
    }

    private static List<ClaimUpload> uploads(ClaimFiling filing, ClaimFileKind kind) {
        return switch (kind) {
            case INVOICE -> filing.invoices();
            case PAYMENT -> filing.payments();
            case USAGE -> filing.usage();
        };
    }

    // ---- the authority's finance ----

    /**
     * A finance officer approves the filed claim and records the disbursement: the amount (at most the accepted
     * amount), the day it was paid and the bank or payment reference. The claim process then pays it from the
     * reservation ({@link #disburse}).
     */
    public SubsidyClaim approve(String applicationId, long amountFen, LocalDate paidOn, String reference) {
        Actor actor = actors.current();
        SubsidyClaim claim = decidable(applicationId, actor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        new Violations().check(amountFen > 0, "amountFen", AMOUNT_POSITIVE)
                .check(amountFen <= claim.getAmountFen(), "amountFen", ABOVE_ACCEPTED, claim.getAmountFen() / 100)
                .check(paidOn != null, "paidOn", "validation.required")
                .check(paidOn == null || !paidOn.isAfter(today), "paidOn", DATE_IN_FUTURE)
                .requireText(reference, "reference").throwIfAny();
        Instant now = clock.instant();
        var disbursement = new Disbursement(amountFen, paidOn, reference.strip(), actor.userId(), now);
        return change(claim, actor, "APPROVED", Set.of(ClaimStatus.FILED), ClaimStatus.APPROVED,
                amountFen + " fen, " + paidOn + ", " + reference.strip(), c -> c.disbursement(disbursement));
    }

    /** A finance officer rejects the filed claim; the reason is mandatory and shown to the SME. */
    public SubsidyClaim reject(String applicationId, String reason) {
        Actor actor = actors.current();
        SubsidyClaim claim = decidable(applicationId, actor);
        new Violations().check(reason != null && !reason.isBlank(), "reason", REASON_REQUIRED).throwIfAny();
        SubsidyClaim saved = change(claim, actor, "REJECTED", Set.of(ClaimStatus.FILED), ClaimStatus.REJECTED,
                reason.strip(), c -> c.rejected(reason.strip()));
        notices.toSmeOwners(saved, ClaimNotices.REJECTED, saved.getProgrammeName(), reason.strip());
        return saved;
    }

    private SubsidyClaim decidable(String applicationId, Actor actor) {
        SubsidyClaim claim = ownCase(applicationId);
        if (!actor.isSystem() && !actor.has(Role.FINANCE_OFFICER)) {
            throw rejected("decision", FINANCE_DECIDES);
        }
        if (claim.getStatus() != ClaimStatus.FILED) {
            throw rejected("decision", NOT_FILED);
        }
        return claim;
    }

    // ---- the programme manager ----

    /**
     * A programme manager reverses the paid disbursement, with a mandatory reason: the ledger moves it from paid
     * back to available (key {@code claim:<id>:clawback}) and the claim is CLAWED_BACK.
     */
    public SubsidyClaim clawBack(String applicationId, String reason) {
        Actor actor = actors.current();
        SubsidyClaim claim = ownCase(applicationId);
        if (!actor.has(Role.PROGRAMME_MANAGER)) {
            throw rejected("clawback", MANAGER_CLAWS_BACK);
        }
        if (claim.getStatus() != ClaimStatus.PAID) {
            throw rejected("clawback", NOT_PAID);
        }
        new Violations().check(reason != null && !reason.isBlank(), "reason", REASON_REQUIRED).throwIfAny();
        long amount = claim.getDisbursement().amountFen();
        ledger.clawBack(claim.getProgrammeId(), amount, key(claim, "clawback"), claim.getApplicationId());
        Instant now = clock.instant();
        SubsidyClaim saved = change(claim, actor, "CLAWED_BACK", Set.of(ClaimStatus.PAID), ClaimStatus.CLAWED_BACK,
                reason.strip(), c -> c.clawback(new Clawback(amount, reason.strip(), actor.userId(), now)));
        notices.toSmeOwners(saved, ClaimNotices.CLAWED_BACK, saved.getProgrammeName(), reason.strip());
        return saved;
    }

    // ---- the claim process (system work in the authority's tenant) ----

    /**
     * Pays the approved disbursement from the reservation (key {@code claim:<id>}) and releases what the
     * disbursement leaves of it; the claim is PAID. A retry after a crash moves no money twice.
     */
    public SubsidyClaim disburse(String applicationId) {
        Actor actor = process();
        SubsidyClaim claim = ownCase(applicationId);
        if (claim.getStatus() != ClaimStatus.APPROVED) {
            return claim;
        }
        Disbursement d = claim.getDisbursement();
        ledger.pay(claim.getProgrammeId(), d.amountFen(), key(claim, null), claim.getApplicationId());
        long rest = claim.getAmountFen() - d.amountFen();
        if (rest > 0) {
            ledger.release(claim.getProgrammeId(), rest, key(claim, "remainder"), claim.getApplicationId());
        }
        SubsidyClaim saved = change(claim, actor, "PAID", Set.of(ClaimStatus.APPROVED), ClaimStatus.PAID,
                d.amountFen() + " fen, " + d.paidOn() + ", " + d.reference(), c -> { });
        notices.toSmeOwners(saved, ClaimNotices.PAID, saved.getProgrammeName(), d.reference());
        return saved;
    }

    /** No claim by the deadline: EXPIRED (its reservation is released next). */
    public SubsidyClaim expire(String applicationId) {
        Actor actor = process();
        SubsidyClaim claim = ownCase(applicationId);
        if (claim.getStatus() != ClaimStatus.AWAITING_CLAIM) {
            return claim;
        }
        SubsidyClaim saved = change(claim, actor, "EXPIRED", Set.of(ClaimStatus.AWAITING_CLAIM), ClaimStatus.EXPIRED,
                claim.getDeadline().toString(), c -> { });
        notices.toSmeOwners(saved, ClaimNotices.EXPIRED, saved.getProgrammeName());
        return saved;
    }

    /** Releases the reservation of a rejected or expired claim (key {@code claim:<id>:release}), once. */
    public SubsidyClaim releaseReservation(String applicationId) {
        Actor actor = process();
        SubsidyClaim claim = ownCase(applicationId);
        if (claim.getStatus() != ClaimStatus.REJECTED && claim.getStatus() != ClaimStatus.EXPIRED) {
            throw rejected("claim", PROCESS_ONLY);
        }
        ledger.release(claim.getProgrammeId(), claim.getAmountFen(), key(claim, "release"), claim.getApplicationId());
        if (claim.getHistory().stream().anyMatch(e -> e.action().equals("RESERVATION_RELEASED"))) {
            return claim;
        }
        return change(claim, actor, "RESERVATION_RELEASED", Set.of(claim.getStatus()), claim.getStatus(),
                Long.toString(claim.getAmountFen()), c -> { });
    }

    // ---- shared ----

    static String key(SubsidyClaim claim, String step) {
        return "claim:" + claim.getApplicationId() + (step == null ? "" : ":" + step);
    }

    private SubsidyClaim own(String applicationId) {
        return find(applicationId).orElseThrow(() -> rejected("id", UNKNOWN));
    }

    private SubsidyClaim ownCase(String applicationId) {
        return (applicationId == null ? Optional.<ClaimCase>empty() : cases.findByApplicationId(applicationId))
                .orElseThrow(() -> rejected("id", UNKNOWN));
    }

    private Actor process() {
        Actor actor = actors.current();
        if (!actor.isSystem()) {
            throw rejected("claim", PROCESS_ONLY);
        }
        return actor;
    }

    private static List<String> parties(SubsidyClaim claim) {
        List<String> parties = new ArrayList<>();
        parties.add(claim.getSmeTenantId());
        if (claim.getProviderTenantId() != null) {
            parties.add(claim.getProviderTenantId());
        }
        return parties;
    }

    /**
     * Applies the change to every copy, each as its owning tenant, the authority's case first (a concurrent change
     * fails there, on its version, before any copy is written), and audits it. The status is checked again on the
     * copy read for writing.
     */
    private SubsidyClaim change(SubsidyClaim current, Actor actor, String action, Set<ClaimStatus> from,
            ClaimStatus next, String note, Consumer<SubsidyClaim> mutation) {
        ClaimStatus before = current.getStatus();
        Instant now = clock.instant();
        Set<ClaimStatus> allowed = from.isEmpty() ? EnumSet.noneOf(ClaimStatus.class) : EnumSet.copyOf(from);
        Consumer<SubsidyClaim> full = c -> {
            if (!allowed.contains(c.getStatus())) {
                throw rejected("claim", NOT_AWAITING);
            }
            mutation.accept(c);
            c.status(next, now);
            c.record(new ClaimEntry(now, actor.userId(), action, note));
        };
        String id = current.getApplicationId();
        List<SubsidyClaim> results = new ArrayList<>(3);
        TenantContext.runAs(current.getAuthorityTenantId(), () -> cases.findByApplicationId(id).ifPresent(c -> {
            full.accept(c);
            results.add(cases.save(c));
        }));
        for (String party : parties(current)) {
            TenantContext.runAs(party, () -> copies.findByApplicationId(id).ifPresent(c -> {
                full.accept(c);
                results.add(copies.save(c));
            }));
        }
        audit(current, action, before, next, note);
        String mine = TenantContext.current().orElse(current.getAuthorityTenantId());
        return results.stream().filter(r -> r.getTenantId().equals(mine)).findFirst().orElse(results.get(0));
    }

    private void audit(SubsidyClaim claim, String action, ClaimStatus before, ClaimStatus after, String reason) {
        audit.appendAsParty(SubsidyApplications.subject(claim.getApplicationId()), claim.getAuthorityTenantId(),
                Set.of(claim.getSmeTenantId()), "CLAIM_" + action, before == null ? null : before.name(),
                after == null ? null : after.name(), reason);
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
