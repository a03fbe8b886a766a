package org.uplift.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.assessment.scoring.AnswerCheck;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Team;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The current SME's maturity assessments: start or re-assess, autosave one field at a time (each
 * checked against the pinned framework version and the section assignments), submit by the owner.
 */
@Service
public class Assessments {

    public static final String MIIT = "miit-2024";

    public static final String UNKNOWN = "validation.assessment.unknown";
    public static final String UNKNOWN_FRAMEWORK = "validation.assessment.unknownFramework";
    public static final String DRAFT_EXISTS = "validation.assessment.draftExists";
    public static final String PREVIOUS_NOT_SUBMITTED = "validation.assessment.previousNotSubmitted";
    public static final String NOT_DRAFT = "validation.assessment.notDraft";
    public static final String NOT_YOUR_SECTION = "validation.assessment.notYourSection";
    public static final String UNKNOWN_SECTION = "validation.assessment.unknownSection";
    public static final String OWNER_ASSIGNS = "validation.assessment.ownerAssigns";
    public static final String ASSIGNEE_UNKNOWN = "validation.assessment.assigneeUnknown";
    public static final String OWNER_SUBMITS = "validation.assessment.ownerSubmits";

    private final AssessmentRepository assessments;
    private final DraftWrites writes;
    private final FrameworkCatalog frameworks;
    private final ApplicationEventPublisher events;
    private final MongoTemplate mongo;
    private final Actors actors;
    private final Team team;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, DraftWrites writes, FrameworkCatalog frameworks,
            ApplicationEventPublisher events, MongoTemplate mongo, Actors actors, Team team, Clock clock) {
        this.assessments = assessments;
        this.writes = writes;
        this.frameworks = frameworks;
        this.events = events;
        this.mongo = mongo;
        this.actors = actors;
        this.team = team;
        this.clock = clock;
    }

    /** A new draft on the latest MIIT framework, started by the acting member. */
    public Assessment start() {
        return startOn(MIIT);
    }

    /** A new draft pinned to the latest version of the framework; one open draft per SME. */
    public Assessment startOn(String frameworkId) {
        Framework framework = frameworks.latest(frameworkId)
                .orElseThrow(() -> rejected("frameworkId", UNKNOWN_FRAMEWORK, frameworkId));
        return open(framework, null, actors.current().userId());
    }

    /** A new draft (T1) linked to a submitted assessment (T0), on the latest version of its framework. */
    public Assessment reassess(String previousId) {
        String userId = actors.current().userId();
        Assessment previous = load(previousId);
        if (previous.isDraft()) {
            throw rejected("previousId", PREVIOUS_NOT_SUBMITTED);
        }
        Framework framework = frameworks.latest(previous.getFrameworkId())
                .orElseThrow(() -> rejected("frameworkId", UNKNOWN_FRAMEWORK, previous.getFrameworkId()));
        return open(framework, previous.getId(), userId);
    }

    /** Autosaves one answer; an empty list clears it. */
    public Assessment saveAnswer(String id, String questionKey, List<String> letters) {
        Actor actor = actors.current();
        List<String> chosen = letters == null ? List.of() : letters;
        Assessment draft = loadDraft(id);
        Framework framework = framework(draft);
        AnswerCheck.check(framework, new Answers(Map.of(String.valueOf(questionKey), chosen), null, null));
        String field = "answers." + questionKey;
        SectionPermission.requireEdit(actor, draft, sectionOf(framework, questionKey), field);
        return writes.set(id, field, chosen.isEmpty() ? null : chosen);
    }

    /** Autosaves one scenario rating (0–4). */
    public Assessment saveScenario(String id, String scenarioKey, int rating) {
        Actor actor = actors.current();
        Assessment draft = loadDraft(id);
        Framework framework = framework(draft);
        AnswerCheck.check(framework, new Answers(null, Map.of(String.valueOf(scenarioKey), rating), null));
        String section = framework.scenarioAreas().stream()
                .filter(area -> area.scenarios().stream().anyMatch(s -> s.key().equals(scenarioKey)))
                .findFirst().map(ScenarioArea::key).orElseThrow();
        SectionPermission.requireEdit(actor, draft, section, "scenarios." + scenarioKey);
        return writes.set(id, "scenarioRatings." + scenarioKey, rating);
    }

    /** Autosaves one evidence number; null clears it. */
    public Assessment saveEvidence(String id, String questionKey, String fieldKey, BigDecimal value) {
        Actor actor = actors.current();
        Assessment draft = loadDraft(id);
        Framework framework = framework(draft);
        // checked with the draft's other numbers, so a share computed from two fields never exceeds 100 %
        Map<String, Map<String, BigDecimal>> evidence = new HashMap<>();
        draft.getEvidence().forEach((question, fields) -> evidence.put(question, new HashMap<>(fields)));
        evidence.computeIfAbsent(String.valueOf(questionKey), q -> new HashMap<>()).put(String.valueOf(fieldKey), value);
        AnswerCheck.check(framework, new Answers(null, null, evidence));
        String path = "evidence." + questionKey + "." + fieldKey;
        SectionPermission.requireEdit(actor, draft, sectionOf(framework, questionKey), path);
        return writes.set(id, path, value);
    }

    /** Assigns a dimension or scenario area to a member of the team (null: unassigned). Owners only. */
    public Assessment assignSection(String id, String sectionKey, String assigneeUserId) {
        if (!SectionPermission.mayAssign(actors.current())) {
            throw rejected("sectionKey", OWNER_ASSIGNS);
        }
        Framework framework = framework(loadDraft(id));
        boolean known = framework.dimensions().stream().anyMatch(d -> d.key().equals(sectionKey))
                || framework.scenarioAreas().stream().anyMatch(a -> a.key().equals(sectionKey));
        if (!known) {
            throw rejected("sectionKey", UNKNOWN_SECTION, String.valueOf(sectionKey));
        }
        if (assigneeUserId != null && !team.isMember(assigneeUserId)) {
            throw rejected("userId", ASSIGNEE_UNKNOWN);
        }
        return writes.set(id, "sectionAssignees." + sectionKey, assigneeUserId);
    }

    /** Checks every answer, stores the scores and marks the assessment submitted. Owners only. */
    public Assessment submit(String id) {
        Actor actor = actors.current();
        if (!SectionPermission.maySubmit(actor)) {
            throw rejected("userId", OWNER_SUBMITS);
        }
        Assessment draft = loadDraft(id);
        Framework framework = framework(draft);
        Answers answers = draft.toAnswers();
        AnswerCheck.check(framework, answers);
        Score score = Scoring.score(framework, answers);
        draft.submit(actor.userId(), clock.instant(), score);
        Assessment submitted = assessments.save(draft); // versioned: fails if an autosave came in between
        events.publishEvent(new AssessmentSubmitted(TenantContext.require(), submitted.getId(),
                submitted.getFrameworkId(), submitted.getFrameworkVersion()));
        return submitted;
    }

    /**
     * Records the decided level (null: the framework has no levels) and publishes the result, in one atomic
     * update of a SUBMITTED assessment of the current tenant, and announces it ({@link AssessmentPublished}).
     * Idempotent: false when it is not (or no longer) SUBMITTED, and nothing changes or is announced.
     */
    public boolean recordLevel(String id, Integer level) {
        Update update = level == null ? new Update().unset("level") : new Update().set("level", level);
        update.set("status", Assessment.Status.PUBLISHED).set("updatedAt", clock.instant()).inc("version", 1);
        Assessment published = mongo.findAndModify(
                query(where("_id").is(id).and("status").is(Assessment.Status.SUBMITTED)), update,
                FindAndModifyOptions.options().returnNew(true), Assessment.class);
        if (published == null) {
            return false;
        }
        events.publishEvent(new AssessmentPublished(TenantContext.require(), id, published.getFrameworkId(),
                published.getFrameworkVersion(), published.getLevel()));
        return true;
    }

    /**
     * Stores the improvement plan of a SUBMITTED assessment of the current tenant, in one atomic update
     * (the plan is computed deterministically from the stored answers, so a retry stores the same). False
     * when it is not SUBMITTED, and nothing changes.
     */
    public boolean recordRecommendations(String id, List<Recommendation> recommendations) {
        Update update = new Update().set("recommendations", List.copyOf(recommendations))
                .set("updatedAt", clock.instant()).inc("version", 1);
        return mongo.updateFirst(query(where("_id").is(id).and("status").is(Assessment.Status.SUBMITTED)), update,
                Assessment.class).getModifiedCount() > 0;
    }

    /**
     * Of the given assessments (of any tenants), those SUBMITTED before the instant: one query per call, each
     * tenant's part on the {@code tenantId, status} index. For reconciling journeys, a page of candidates at a
     * time; no tenant needed.
     */
    public List<AssessmentRef> submittedAmong(Collection<AssessmentRef> candidates, Instant submittedBefore) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> idsByTenant = candidates.stream().collect(Collectors.groupingBy(
                AssessmentRef::tenantId, Collectors.mapping(AssessmentRef::assessmentId, Collectors.toList())));
        Criteria[] perTenant = idsByTenant.entrySet().stream()
                .map(tenant -> where("tenantId").is(tenant.getKey()).and("status").is(Assessment.Status.SUBMITTED)
                        .and("_id").in(tenant.getValue()).and("submittedAt").lt(submittedBefore))
                .toArray(Criteria[]::new);
        Query query = query(new Criteria().orOperator(perTenant));
        query.fields().include("_id", "tenantId");
        return CrossTenantAccess.call("journey reconciliation: which waiting assessments were submitted",
                () -> mongo.find(query, Assessment.class)).stream()
                .map(found -> new AssessmentRef(found.getTenantId(), found.getId())).toList();
    }

    public Optional<Assessment> find(String id) {
        return assessments.findById(id);
    }

    /** The SME's assessments, newest first. */
    public List<Assessment> history() {
        return assessments.findAllByOrderByStartedAtDescIdDesc();
    }

    /** The framework version the assessment was started on. */
    public Framework framework(Assessment assessment) {
        return frameworks.find(assessment.getFrameworkId(), assessment.getFrameworkVersion())
                .orElseThrow(() -> new IllegalStateException("Pinned framework " + assessment.getFrameworkId() + ":"
                        + assessment.getFrameworkVersion() + " is missing"));
    }

    private Assessment open(Framework framework, String previousId, String userId) {
        if (assessments.existsByStatus(Assessment.Status.DRAFT)) {
            throw rejected("frameworkId", DRAFT_EXISTS);
        }
        Assessment started = assessments.insert(new Assessment(framework, previousId, userId, clock.instant()));
        events.publishEvent(new AssessmentStarted(TenantContext.require(), started.getId(), userId, previousId));
        return started;
    }

    private Assessment load(String id) {
        return (id == null ? Optional.<Assessment>empty() : assessments.findById(id))
                .orElseThrow(() -> rejected("id", UNKNOWN));
    }

    private Assessment loadDraft(String id) {
        Assessment assessment = load(id);
        if (!assessment.isDraft()) {
            throw rejected("id", NOT_DRAFT);
        }
        return assessment;
    }

    private static String sectionOf(Framework framework, String questionKey) {
        Question question = framework.question(questionKey).orElseThrow();
        return framework.dimensionOf(question).key();
    }

    private static InputRejectedException rejected(String field, String key, Object... arguments) {
        return new InputRejectedException(Violation.of(field, key, arguments));
    }
}
