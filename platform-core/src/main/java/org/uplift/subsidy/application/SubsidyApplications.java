package org.uplift.subsidy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Accounts;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.subsidy.audit.AuditRecord;
import org.uplift.subsidy.audit.AuditTrail;
import org.uplift.subsidy.audit.AuditVerification;
import org.uplift.subsidy.programme.Programmes;
import org.uplift.subsidy.programme.PublishedProgramme;
import org.uplift.subsidy.programme.SubsidyProperties;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * Subsidy applications, for both parties. Who may, decided here from {@link Actors#current()}:
 * <ul>
 * <li>the SME's owner applies (from its own engagement) and accepts the offer; owner or member answers a
 * request for information;</li>
 * <li>the authority's deciders of the case's current {@link ReviewStage} recommend, approve, reject (reason
 * required) or, at expert review, ask for information; nobody takes two positive decisions on one application
 * (four eyes);</li>
 * <li>the process (system work in the authority's tenant) records eligibility, routing, reservation, offer and
 * withdrawal; system work (demo data) may also take a stage's decision.</li>
 * </ul>
 * Every change is written to both copies ({@link ApplicantCopy} as the SME, {@link ApplicationCase} as the
 * authority) and appended to the audit chain {@code application:<id>}, owned by the authority.
 */
@Service
@EnableConfigurationProperties(ApplicationProperties.class)
public class SubsidyApplications {

    public static final String OWNER_APPLIES = "subsidy.application.ownerApplies";
    public static final String UNKNOWN_ENGAGEMENT = "subsidy.application.unknownEngagement";
    public static final String UNKNOWN_PROGRAMME = "subsidy.application.unknownProgramme";
    public static final String PROGRAMME_CLOSED = "subsidy.application.programmeClosed";
    public static final String NO_ASSESSMENT = "subsidy.application.noAssessment";
    public static final String ALREADY_APPLIED = "subsidy.application.alreadyApplied";
    public static final String LINES_REQUIRED = "subsidy.application.linesRequired";
    public static final String AMOUNT_POSITIVE = "subsidy.application.amountPositive";
    public static final String RETROSPECTIVE = "subsidy.application.retrospective";
    public static final String UNKNOWN = "subsidy.application.unknown";
    public static final String NOT_AT_STAGE = "subsidy.application.notAtStage";
    public static final String NOT_A_DECIDER = "subsidy.application.notADecider";
    public static final String FOUR_EYES = "subsidy.application.fourEyes";
    public static final String REASON_REQUIRED = "subsidy.application.reasonRequired";
    public static final String DEADLINE_RANGE = "subsidy.application.deadlineRange";
    public static final String NOTHING_TO_ANSWER = "subsidy.application.nothingToAnswer";
    public static final String NO_OFFER = "subsidy.application.noOffer";
    public static final String OWNER_ACCEPTS = "subsidy.application.ownerAccepts";
    public static final String PROCESS_ONLY = "subsidy.application.processOnly";

    static final int LISTED = 200;
    /** How {@link Actor#userId()} names an API client. */
    private static final String CLIENT_PREFIX = "client:";

    private final ApplicantCopyRepository copies;
    private final ApplicationCaseRepository cases;
    private final Engagements engagements;
    private final Programmes programmes;
    private final Assessments assessments;
    private final Organisations organisations;
    private final ApplicationWrites writes;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final ApplicationProperties properties;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;
    private final Actors actors;
    private final Clock clock;

    SubsidyApplications(ApplicantCopyRepository copies, ApplicationCaseRepository cases, Engagements engagements,
            Programmes programmes, Assessments assessments, Organisations organisations, ApplicationWrites writes,
            Accounts accounts, AuditTrail audit,
            ApplicationProperties properties, SubsidyProperties subsidy, ApplicationEventPublisher events,
            @Lazy Actors actors, Clock clock) {
        this.copies = copies;
        this.cases = cases;
        this.engagements = engagements;
        this.programmes = programmes;
        this.assessments = assessments;
        this.organisations = organisations;
        this.writes = writes;
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.zone = subsidy.zone();
        this.events = events;
        this.actors = actors;
        this.clock = clock;
    }

    public ApplicationProperties properties() {
        return properties;
    }

    // ---- reads: each party its own copy ----

    /** The current tenant's applications (an SME's own, or the cases of an authority's programmes), newest first. */
    public List<SubsidyApplication> mine() {
        actors.current();
        return Stream.concat(copies.findAllByOrderBySubmittedAtDesc(Limit.of(LISTED)).stream(),
                cases.findAllByOrderBySubmittedAtDesc(Limit.of(LISTED)).stream())
                .sorted(Comparator.comparing(SubsidyApplication::getSubmittedAt).reversed())
                .map(SubsidyApplication.class::cast).toList();
    }

    /** One application of the current tenant, as applicant or as authority; any other is not found. */
    public Optional<SubsidyApplication> find(String applicationId) {
        if (applicationId == null) {
            return Optional.empty();
        }
        actors.current();
        Optional<SubsidyApplication> own = copies.findByApplicationId(applicationId).map(SubsidyApplication.class::cast);
        return own.isPresent() ? own : cases.findByApplicationId(applicationId).map(SubsidyApplication.class::cast);
    }

    /**
     * The application's audit timeline, oldest first, for its parties only: the SME's and the authority's
     * people and clients, and the provider of its engagement. Anyone else gets nothing, as for an unknown id.
     */
    public Optional<List<TimelineEntry>> timeline(String applicationId) {
        return asParty(applicationId).map(a -> {
            List<AuditRecord> records = audit.recordsAsParty(subject(a.getApplicationId()), ApplicationParties.of(a));
            Map<String, String> names = accounts.displayNames(records.stream().map(AuditRecord::getActor)
                    .filter(actor -> !Actor.SYSTEM.equals(actor) && !actor.startsWith(CLIENT_PREFIX))
                    .collect(Collectors.toSet()));
            return records.stream().map(r -> new TimelineEntry(r.getSeq(), r.getAt(),
                    ApplicationParties.party(a, r.getActorTenantId()), kind(r.getActor()), names.get(r.getActor()),
                    r.getAction(), r.getBefore(), r.getAfter(), r.getReason())).toList();
        });
    }

    /** Whether the application's audit chain is intact (see {@link AuditTrail#verify}), for its parties only. */
    public Optional<AuditVerification> verifyTimeline(String applicationId) {
        return asParty(applicationId)
                .map(a -> audit.verifyAsParty(subject(a.getApplicationId()), ApplicationParties.of(a)));
    }

    private Optional<SubsidyApplication> asParty(String applicationId) {
        Optional<SubsidyApplication> own = find(applicationId);
        return own.isPresent() || applicationId == null ? own
                : ApplicationParties.asProvider(actors.current(), applicationId, audit, cases);
    }

    private static TimelineEntry.ActorKind kind(String actor) {
        return Actor.SYSTEM.equals(actor) ? TimelineEntry.ActorKind.SYSTEM
                : actor != null && actor.startsWith(CLIENT_PREFIX) ? TimelineEntry.ActorKind.API_CLIENT
                : TimelineEntry.ActorKind.PERSON;
    }

    /** The current SME's applications from one engagement. */
    public List<SubsidyApplication> ofEngagement(String engagementId) {
        actors.current();
        return engagementId == null ? List.of()
                : copies.findAllByEngagementId(engagementId).stream().map(SubsidyApplication.class::cast).toList();
    }

    /** The latest published assessment of the current SME: the T0 an application would carry. */
    public Optional<Assessment> baseline() {
        return assessments.history().stream().filter(a -> a.getStatus() == Assessment.Status.PUBLISHED).findFirst();
    }

    /** The engagement's cost lines, the prefill of the form. */
    public List<CostLine> prefill(String engagementId) {
        return engagements.find(engagementId).map(Engagement::getCostLines).orElse(List.of());
    }

    // ---- the SME ----

    /**
     * The owner applies. Refused with field errors when the engagement or programme is unknown, the programme not
     * open, there is no published assessment, the costs are invalid, or the engagement already has a live
     * application to the programme. A contract or payment dated before today is accepted as a record but
     * rejected at once as retrospective (status REJECTED, reason {@link #RETROSPECTIVE}); otherwise SUBMITTED and
     * the journey starts ({@link ApplicationSubmitted}).
     */
    public SubsidyApplication apply(ApplicationForm form) {
        Actor actor = actors.current();
        if (!actor.isSystem() && !actor.has(Role.ENTERPRISE_OWNER)) {
            throw rejected("application", OWNER_APPLIES);
        }
        Violations violations = new Violations();
        Engagement engagement = engagements.find(form.engagementId())
                .filter(e -> e.getSmeTenantId().equals(TenantContext.require())).orElse(null);
        violations.check(engagement != null, "engagementId", UNKNOWN_ENGAGEMENT);
        PublishedProgramme programme = programmes.published(form.programmeId()).orElse(null);
        violations.check(programme != null, "programmeId", UNKNOWN_PROGRAMME);
        violations.check(programme == null || programme.isOpen(), "programmeId", PROGRAMME_CLOSED);
        Assessment t0 = baseline().orElse(null);
        violations.check(t0 != null, "assessment", NO_ASSESSMENT);
        violations.check(!form.costLines().isEmpty(), "costLines", LINES_REQUIRED);
        for (int i = 0; i < form.costLines().size(); i++) {
            CostLine line = form.costLines().get(i);
            violations.check(line.category() != null, "costLines[" + i + "].category", "validation.required");
            violations.check(line.amountFen() > 0, "costLines[" + i + "].amountFen", AMOUNT_POSITIVE);
        }
        violations.check(form.contractDate() != null, "contractDate", "validation.required");
        if (engagement != null && programme != null) {
            violations.check(copies.findAllByEngagementId(engagement.getEngagementId()).stream()
                    .noneMatch(a -> a.getProgrammeId().equals(programme.getId()) && !a.getStatus().isClosed()),
                    "programmeId", ALREADY_APPLIED);
        }
        violations.throwIfAny();

        Organisation sme = organisations.find(TenantContext.require()).orElseThrow();
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        var draft = new SubsidyApplication.Draft(sme.getId(), sme.getName(), engagement.getProviderTenantId(),
                engagement.getProviderName(), engagement.getEngagementId(), programme.getAuthorityTenantId(),
                programme.getId(), programme.getTerms().name(), form.costLines(), form.contractDate(), form.paidOn(),
                t0.getId(), t0.getLevel(), sme.getIndustryCode(), sme.getDistrictCode());
        ApplicantCopy copy = new ApplicantCopy();
        copy.fill(id, draft, actor.userId(), now);
        LocalDate today = LocalDate.ofInstant(now, zone);
        boolean retrospective = form.contractDate().isBefore(today)
                || (form.paidOn() != null && form.paidOn().isBefore(today));
        copy.record(new ApplicationEntry(now, actor.userId(), "APPLIED", null));
        if (retrospective) {
            copy.status(ApplicationStatus.REJECTED, now);
            copy.rejected(RETROSPECTIVE);
            copy.record(new ApplicationEntry(now, actor.userId(), "REJECTED_RETROSPECTIVE", null));
        }
        ApplicantCopy saved = copies.insert(copy);
        TenantContext.runAs(saved.getAuthorityTenantId(), () -> {
            ApplicationCase kase = new ApplicationCase();
            kase.copyFrom(saved);
            cases.insert(kase);
        });
        audit(saved, actor, "APPLIED", null, ApplicationStatus.SUBMITTED, null);
        if (retrospective) {
            audit(saved, actor, "REJECTED_RETROSPECTIVE", ApplicationStatus.SUBMITTED, ApplicationStatus.REJECTED,
                    "contract " + form.contractDate() + ", paid " + form.paidOn() + ", applied " + today);
        } else {
            events.publishEvent(new ApplicationSubmitted(id, saved.getAuthorityTenantId(), saved.getSmeTenantId(),
                    saved.getProgrammeId()));
        }
        return saved;
    }

    /** The SME answers the open request for information; the case returns to the reviewer who asked. */
    public SubsidyApplication answer(String applicationId, String answer) {
        Actor actor = actors.current();
        SubsidyApplication own = ownCopy(applicationId);
        if (!actor.isSystem() && !actor.has(Role.ENTERPRISE_OWNER) && !actor.has(Role.ENTERPRISE_MEMBER)) {
            throw rejected("answer", NOTHING_TO_ANSWER);
        }
        if (own.getStatus() != ApplicationStatus.INFORMATION_REQUESTED || own.getInformation() == null) {
            throw rejected("answer", NOTHING_TO_ANSWER);
        }
        new Violations().requireText(answer, "answer").throwIfAny();
        Instant now = clock.instant();
        return change(own, actor, "INFORMATION_ANSWERED", ApplicationStatus.EXPERT_REVIEW, answer, a -> {
            a.information(a.getInformation().answered(answer.strip(), now));
        });
    }

    /** Only the SME's owner accepts an offer; the application is then registered (备案). */
    public SubsidyApplication acceptOffer(String applicationId) {
        Actor actor = actors.current();
        SubsidyApplication own = ownCopy(applicationId);
        if (!actor.has(Role.ENTERPRISE_OWNER)) {
            throw rejected("offer", OWNER_ACCEPTS);
        }
        if (own.getStatus() != ApplicationStatus.OFFERED) {
            throw rejected("offer", NO_OFFER);
        }
        return change(own, actor, "OFFER_ACCEPTED", ApplicationStatus.REGISTERED, null, a -> { });
    }

    // ---- the authority's reviewers ----

    /** The district recommends the application to the experts. */
    public SubsidyApplication recommend(String applicationId, String note) {
        return approve(applicationId, ReviewStage.DISTRICT, note);
    }

    /** Approves at the case's current stage (expert or senior review). */
    public SubsidyApplication approve(String applicationId, String note) {
        SubsidyApplication kase = ownCase(applicationId);
        ReviewStage stage = kase.getStatus().stage();
        if (stage == null || stage == ReviewStage.DISTRICT) {
            throw rejected("decision", NOT_AT_STAGE);
        }
        return approve(applicationId, stage, note);
    }

    private SubsidyApplication approve(String applicationId, ReviewStage stage, String note) {
        Actor actor = actors.current();
        SubsidyApplication kase = atStage(applicationId, stage, actor);
        if (kase.approvedBy(actor.userId())) {
            throw rejected("decision", FOUR_EYES);
        }
        ApplicationStatus next = stage == ReviewStage.DISTRICT ? ApplicationStatus.EXPERT_REVIEW
                : ApplicationStatus.APPROVED;
        Instant now = clock.instant();
        return change(kase, actor, stage == ReviewStage.DISTRICT ? "RECOMMENDED" : "APPROVED_" + stage, next,
                blankToNull(note), a -> a.approve(new Approval(stage, actor.userId(), now)));
    }

    /** Rejects at the case's current stage; the reason is mandatory and shown to the applicant. */
    public SubsidyApplication reject(String applicationId, String reason) {
        Actor actor = actors.current();
        SubsidyApplication kase = ownCase(applicationId);
        ReviewStage stage = kase.getStatus().stage();
        atStage(applicationId, stage, actor);
        new Violations().check(reason != null && !reason.isBlank(), "reason", REASON_REQUIRED).throwIfAny();
        return change(kase, actor, "REJECTED_" + stage, ApplicationStatus.REJECTED, reason.strip(),
                a -> a.rejected(reason.strip()));
    }

    /**
     * The expert reviewer asks the SME for more information, answerable until the deadline: the end of the given
     * date (Beijing time) or, without one, now plus {@link ApplicationProperties#informationDeadline()}.
     */
    public SubsidyApplication requestInformation(String applicationId, String question, LocalDate deadline) {
        Actor actor = actors.current();
        SubsidyApplication kase = atStage(applicationId, ReviewStage.EXPERT, actor);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        new Violations().requireText(question, "question")
                .check(deadline == null || (deadline.isAfter(today)
                        && !deadline.isAfter(today.plusDays(properties.maxDeadlineDays()))), "deadline",
                        DEADLINE_RANGE, properties.maxDeadlineDays())
                .throwIfAny();
        Instant due = deadline == null ? now.plus(properties.informationDeadline())
                : deadline.plusDays(1).atStartOfDay(zone).toInstant();
        return change(kase, actor, "INFORMATION_REQUESTED", ApplicationStatus.INFORMATION_REQUESTED, question.strip(),
                a -> a.information(new InformationRequest(question.strip(), due, actor.userId(), now, null, null)));
    }

    /** Whether the current actor may decide the case at its current stage (the UI shows the buttons). */
    public boolean mayDecide(SubsidyApplication application) {
        Actor actor = actors.current();
        ReviewStage stage = application.getStatus().stage();
        return application instanceof ApplicationCase && stage != null
                && stage.deciders().stream().anyMatch(actor::has);
    }

    // ---- the process (system work in the authority's tenant) ----

    /** The eligibility rules' outcome: closed with the reasons, or on to the district recommendation. */
    public SubsidyApplication recordEligibility(String applicationId, List<String> reasons, long eligibleCostFen,
            long amountFen) {
        Actor actor = process();
        SubsidyApplication kase = ownCase(applicationId);
        boolean eligible = reasons.isEmpty();
        return change(kase, actor, eligible ? "ELIGIBLE" : "INELIGIBLE",
                eligible ? ApplicationStatus.DISTRICT_REVIEW : ApplicationStatus.INELIGIBLE,
                eligible ? null : String.join(",", reasons),
                a -> a.eligibility(reasons, eligibleCostFen, amountFen));
    }

    /** The routing rules' outcome after the expert approval: senior review (with why), or straight to reserving. */
    public SubsidyApplication recordRouting(String applicationId, List<String> seniorReasons) {
        Actor actor = process();
        SubsidyApplication kase = ownCase(applicationId);
        if (seniorReasons.isEmpty()) {
            return kase;
        }
        return change(kase, actor, "SENIOR_REVIEW_REQUIRED", ApplicationStatus.SENIOR_REVIEW,
                String.join(",", seniorReasons), a -> a.seniorReview(seniorReasons));
    }

    /** The amount is reserved: the offer goes to the SME's owner. */
    public SubsidyApplication offer(String applicationId) {
        return change(ownCase(applicationId), process(), "OFFERED", ApplicationStatus.OFFERED, null, a -> { });
    }

    /** The budget could not cover the approval: back to expert review, whose approvals must be given again. */
    public SubsidyApplication budgetExhausted(String applicationId, long availableFen) {
        return change(ownCase(applicationId), process(), "BUDGET_EXHAUSTED", ApplicationStatus.BUDGET_EXHAUSTED,
                Long.toString(availableFen), a -> a.withdrawApprovalsAfter(ReviewStage.DISTRICT));
    }

    /** No answer by the deadline. */
    public SubsidyApplication withdraw(String applicationId) {
        return change(ownCase(applicationId), process(), "WITHDRAWN_NO_ANSWER", ApplicationStatus.WITHDRAWN, null,
                a -> { });
    }

    // ---- shared ----

    private SubsidyApplication atStage(String applicationId, ReviewStage stage, Actor actor) {
        SubsidyApplication kase = ownCase(applicationId);
        if (stage == null || kase.getStatus().stage() != stage) {
            throw rejected("decision", NOT_AT_STAGE);
        }
        if (!actor.isSystem() && stage.deciders().stream().noneMatch(actor::has)) {
            throw rejected("decision", NOT_A_DECIDER);
        }
        return kase;
    }

    private SubsidyApplication ownCase(String applicationId) {
        return writes.ownCase(applicationId);
    }

    private SubsidyApplication ownCopy(String applicationId) {
        return writes.ownCopy(applicationId);
    }

    private Actor process() {
        return writes.process();
    }

    private SubsidyApplication change(SubsidyApplication current, Actor actor, String action, ApplicationStatus next,
            String note, Consumer<SubsidyApplication> mutation) {
        return writes.change(current, actor, action, next, note, mutation);
    }

    private void audit(SubsidyApplication application, Actor actor, String action, ApplicationStatus before,
            ApplicationStatus after, String reason) {
        writes.audit(application, action, before, after, reason);
    }

    public static String subject(String applicationId) {
        return "application:" + applicationId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
