package org.uplift.assessment.sharing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantOwned;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * The provider's side of sharing: the assessments SMEs currently share with the current tenant, read
 * through {@link CrossTenantAccess} only after the share is found active (checked on every call, so a
 * revocation takes effect at once), and the diagnosis notes its consultants write while the diagnosis
 * is open. Nothing else of the SME's can be changed from here.
 */
@Service
public class SharedAssessments {

    static final String REASON = "a provider reading an assessment an SME shared with it";

    public static final String NOT_OPEN = "validation.diagnosis.notOpen";
    public static final String UNKNOWN_DIMENSION = "validation.diagnosis.unknownDimension";
    public static final String NOTE_TOO_LONG = "validation.diagnosis.noteTooLong";
    public static final String CONSULTANTS_WRITE = "validation.diagnosis.consultantsWrite";
    public static final int MAX_NOTE_LENGTH = 4000;

    private final Assessments assessments;
    private final Organisations organisations;
    private final DiagnosisWrites diagnoses;
    private final MongoTemplate mongo;
    private final Actors actors;

    SharedAssessments(Assessments assessments, Organisations organisations, DiagnosisWrites diagnoses,
            MongoTemplate mongo, Actors actors) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.diagnoses = diagnoses;
        this.mongo = mongo;
        this.actors = actors;
    }

    /** The assessments shared with the current provider, most recently shared first. */
    public List<SharedAssessment> list() {
        return mongo.find(query(where("providerTenantId").is(TenantContext.require()).and("active").is(true))
                .with(Sort.by(Sort.Order.desc("sharedAt"), Sort.Order.asc("_id"))), AssessmentShare.class)
                .stream().map(this::read).flatMap(Optional::stream).toList();
    }

    /** One assessment shared with the current provider; empty when it is not (or no longer) shared with it. */
    public Optional<SharedAssessment> find(String assessmentId) {
        return activeShare(assessmentId).flatMap(this::read);
    }

    /**
     * Stores the acting consultant's notes per dimension (blank ones are dropped) on the SME's assessment,
     * only while the share is active and its diagnosis open. Replaces the notes written before. Only the
     * provider's consultants diagnose: its admins and API clients without the consultant role are refused.
     */
    public SharedAssessment saveDiagnosisNotes(String assessmentId, Map<String, String> notes) {
        Actor actor = actors.current();
        if (!actor.has(Role.PROVIDER_CONSULTANT)) {
            throw new InputRejectedException(Violation.of("diagnosis", CONSULTANTS_WRITE));
        }
        String userId = actor.userId();
        SharedAssessment shared = activeShare(assessmentId)
                .filter(share -> share.getDiagnosis() == DiagnosisStatus.OPEN)
                .flatMap(this::read)
                .orElseThrow(() -> new InputRejectedException(Violation.of("diagnosis", NOT_OPEN)));
        Map<String, String> kept = check(shared.framework(), notes == null ? Map.of() : notes);
        diagnoses.saveNotes(shared.share().getSmeTenantId(), assessmentId, shared.share().getProviderTenantId(), kept,
                userId);
        return find(assessmentId).orElseThrow();
    }

    private static Map<String, String> check(Framework framework, Map<String, String> notes) {
        Violations violations = new Violations();
        Map<String, String> kept = new TreeMap<>();
        notes.forEach((dimension, note) -> {
            String field = "diagnosis." + dimension;
            boolean known = framework.dimensions().stream().map(Dimension::key).anyMatch(k -> k.equals(dimension));
            violations.check(known, field, UNKNOWN_DIMENSION, String.valueOf(dimension));
            String text = note == null ? "" : note.strip();
            violations.check(text.length() <= MAX_NOTE_LENGTH, field, NOTE_TOO_LONG, MAX_NOTE_LENGTH);
            if (known && !text.isEmpty()) {
                kept.put(dimension, text);
            }
        });
        violations.throwIfAny();
        return kept;
    }

    private Optional<AssessmentShare> activeShare(String assessmentId) {
        if (assessmentId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(query(where("providerTenantId").is(TenantContext.require())
                .and("assessmentId").is(assessmentId).and("active").is(true)), AssessmentShare.class));
    }

    private Optional<SharedAssessment> read(AssessmentShare share) {
        Assessment assessment = CrossTenantAccess.call(REASON, () -> mongo.findOne(query(where("_id")
                .is(share.getAssessmentId()).and(TenantOwned.FIELD).is(share.getSmeTenantId())), Assessment.class));
        if (assessment == null) {
            return Optional.empty();
        }
        String smeName = organisations.find(share.getSmeTenantId()).map(Organisation::getName).orElse("");
        return Optional.of(new SharedAssessment(share, smeName, assessment, assessments.framework(assessment)));
    }
}
