package org.uplift.subsidy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.validation.Violations;

/**
 * The on-site acceptance (step 7). The SME's owner requests it during implementation with a T1 (a published
 * assessment newer than T0) and the actual costs (the application's categories); an EVALUATOR of the authority
 * records the findings; the process then fails it (confirmed level below the programme minimum) or accepts it with
 * the recomputed amount, publishing {@link ApplicationAccepted}. Who may is decided here from {@link Actors#current()}.
 */
@Service
public class OnSiteAcceptance {

    public static final String OWNER_REQUESTS = "subsidy.acceptance.ownerRequests";
    public static final String NOT_IMPLEMENTING = ImplementationDeadlines.NOT_IMPLEMENTING;
    public static final String T1_INVALID = "subsidy.acceptance.t1Invalid";
    public static final String CATEGORY_NOT_APPLIED = "subsidy.acceptance.categoryNotApplied";
    public static final String NOT_AN_EVALUATOR = "subsidy.acceptance.notAnEvaluator";
    public static final String NOT_REQUESTED = "subsidy.acceptance.notRequested";
    public static final String CORRECTION_REASON = "subsidy.acceptance.correctionReason";
    public static final String LEVEL_RANGE = "subsidy.acceptance.levelRange";
    public static final String CHECKLIST_INCOMPLETE = "subsidy.acceptance.checklistIncomplete";
    public static final String SATISFACTION_RANGE = "subsidy.acceptance.satisfactionRange";
    /** Shown to the SME when the confirmed level is below the programme's minimum. */
    public static final String BELOW_MINIMUM = "subsidy.acceptance.belowMinimum";

    private final ApplicationWrites writes;
    private final Assessments assessments;
    private final ImplementationProperties properties;
    private final ApplicationEventPublisher events;
    private final Actors actors;
    private final Clock clock;

    OnSiteAcceptance(ApplicationWrites writes, Assessments assessments, ImplementationProperties properties,
            ApplicationEventPublisher events, @Lazy Actors actors, Clock clock) {
        this.writes = writes;
        this.assessments = assessments;
        this.properties = properties;
        this.events = events;
        this.actors = actors;
        this.clock = clock;
    }

    /** The on-site checklist's item keys. */
    public List<String> checklist() {
        return properties.checklist();
    }

    // ---- the SME's owner ----

    /** The current SME's published assessments newer than the application's T0: what T1 may be, newest first. */
    public List<Assessment> t1Candidates(String applicationId) {
        SubsidyApplication own = writes.ownCopy(applicationId);
        Instant t0 = assessments.find(own.getAssessmentId()).map(Assessment::getSubmittedAt).orElse(Instant.MIN);
        return assessments.history().stream().filter(a -> a.getStatus() == Assessment.Status.PUBLISHED)
                .filter(a -> !a.getId().equals(own.getAssessmentId()))
                .filter(a -> a.getSubmittedAt() != null && a.getSubmittedAt().isAfter(t0)).toList();
    }

    public SubsidyApplication request(String applicationId, String t1AssessmentId, List<CostLine> actualCosts) {
        Actor actor = actors.current();
        SubsidyApplication own = writes.ownCopy(applicationId);
        if (!actor.isSystem() && !actor.has(Role.ENTERPRISE_OWNER)) {
            throw ApplicationWrites.rejected("acceptance", OWNER_REQUESTS);
        }
        if (own.getStatus() != ApplicationStatus.REGISTERED || own.getImplementation() == null) {
            throw ApplicationWrites.rejected("acceptance", NOT_IMPLEMENTING);
        }
        Optional<Assessment> t1 = t1Candidates(applicationId).stream()
                .filter(a -> a.getId().equals(t1AssessmentId)).findFirst();
        List<CostLine> lines = actualCosts == null ? List.of() : actualCosts;
        Set<CostCategory> applied = new HashSet<>();
        own.getCostLines().forEach(l -> applied.add(l.category()));
        Violations violations = new Violations();
        violations.check(t1.isPresent(), "t1", T1_INVALID);
        violations.check(!lines.isEmpty(), "actualCosts", SubsidyApplications.LINES_REQUIRED);
        for (int i = 0; i < lines.size(); i++) {
            CostLine line = lines.get(i);
            violations.check(line.category() != null, "actualCosts[" + i + "].category", "validation.required");
            violations.check(line.category() == null || applied.contains(line.category()),
                    "actualCosts[" + i + "].category", CATEGORY_NOT_APPLIED);
            violations.check(line.amountFen() > 0, "actualCosts[" + i + "].amountFen",
                    SubsidyApplications.AMOUNT_POSITIVE);
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        long total = lines.stream().mapToLong(CostLine::amountFen).sum();
        var request = new AcceptanceRequest(t1.get().getId(), t1.get().getLevel(), lines, total, actor.userId(), now);
        return writes.change(own, actor, "ACCEPTANCE_REQUESTED", ApplicationStatus.ACCEPTANCE_REQUESTED,
                "T1 " + (t1.get().getLevel() == null ? "-" : t1.get().getLevel()), a -> {
                    a.acceptanceRequest(request);
                    if (a.getExtension() != null && a.getExtension().isPending()) {
                        a.extension(a.getExtension().decided(ExtensionRequest.Outcome.LAPSED, actor.userId(), now,
                                null));
                    }
                });
    }

    // ---- the authority's evaluator ----

    /**
     * The evaluator's findings: a level 0–4 (a level other than T1's needs the correction's reason), every checklist
     * item ticked, the provider satisfaction 1–5. The process then settles the acceptance.
     */
    public SubsidyApplication evaluate(String applicationId, EvaluationForm form) {
        Actor actor = actors.current();
        SubsidyApplication kase = writes.ownCase(applicationId);
        if (!actor.isSystem() && !actor.has(Role.EVALUATOR)) {
            throw ApplicationWrites.rejected("evaluation", NOT_AN_EVALUATOR);
        }
        if (kase.getStatus() != ApplicationStatus.ACCEPTANCE_REQUESTED || kase.getEvaluation() != null) {
            throw ApplicationWrites.rejected("evaluation", NOT_REQUESTED);
        }
        Integer level = form.confirmedLevel();
        Integer t1 = kase.getAcceptanceRequest().t1Level();
        boolean corrected = level != null && !level.equals(t1);
        Integer satisfaction = form.providerSatisfaction();
        new Violations()
                .check(level != null, "confirmedLevel", "validation.required")
                .check(level == null || (level >= 0 && level <= 4), "confirmedLevel", LEVEL_RANGE)
                .check(!corrected || (form.correctionReason() != null && !form.correctionReason().isBlank()),
                        "correctionReason", CORRECTION_REASON)
                .check(Set.copyOf(form.checkedItems()).containsAll(checklist()), "checklist", CHECKLIST_INCOMPLETE)
                .check(satisfaction != null && satisfaction >= 1 && satisfaction <= 5, "providerSatisfaction",
                        SATISFACTION_RANGE)
                .throwIfAny();
        String reason = corrected ? form.correctionReason().strip() : null;
        var findings = new OnSiteEvaluation(level, reason, checklist(), satisfaction, actor.userId(), clock.instant());
        return writes.change(kase, actor, corrected ? "EVALUATED_CORRECTED" : "EVALUATED_CONFIRMED",
                ApplicationStatus.ACCEPTANCE_REQUESTED, corrected ? level + "：" + reason : Integer.toString(level),
                a -> a.evaluation(findings));
    }

    // ---- the process ----

    /** The confirmed level is below the programme's minimum: closed, the whole reservation released. */
    public SubsidyApplication fail(String applicationId, int minimumLevel, long releasedFen) {
        Actor actor = writes.process();
        SubsidyApplication kase = evaluated(applicationId);
        if (kase.getStatus() == ApplicationStatus.ACCEPTANCE_FAILED) {
            return kase;
        }
        return writes.change(kase, actor, "ACCEPTANCE_FAILED", ApplicationStatus.ACCEPTANCE_FAILED,
                kase.getEvaluation().confirmedLevel() + " < " + minimumLevel, a -> {
                    a.rejected(BELOW_MINIMUM);
                    a.settled(null, releasedFen);
                });
    }

    /**
     * Accepted with the recomputed amount (never above the reservation; the caller released the difference), and
     * {@link ApplicationAccepted} is published for the claim journey.
     */
    public SubsidyApplication accept(String applicationId, long amountFen, long releasedFen) {
        Actor actor = writes.process();
        SubsidyApplication kase = evaluated(applicationId);
        if (kase.getStatus() == ApplicationStatus.ACCEPTED) {
            return kase;
        }
        long amount = Math.min(amountFen, kase.getAmountFen());
        SubsidyApplication accepted = writes.change(kase, actor, "ACCEPTED", ApplicationStatus.ACCEPTED,
                Long.toString(amount), a -> a.settled(amount, releasedFen));
        events.publishEvent(new ApplicationAccepted(accepted.getApplicationId(), accepted.getAuthorityTenantId(),
                accepted.getSmeTenantId(), accepted.getProviderTenantId(), accepted.getProgrammeId(),
                accepted.getEvaluation().confirmedLevel(), amount, accepted.getUpdatedAt()));
        return accepted;
    }

    private SubsidyApplication evaluated(String applicationId) {
        SubsidyApplication kase = writes.ownCase(applicationId);
        if (kase.getEvaluation() == null) {
            throw ApplicationWrites.rejected("evaluation", NOT_REQUESTED);
        }
        return kase;
    }
}
