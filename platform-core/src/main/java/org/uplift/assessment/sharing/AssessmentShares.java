package org.uplift.assessment.sharing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.SectionPermission;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * The SME's side of sharing: its owner shares one of the current tenant's assessments with a provider
 * (optionally inviting it to diagnose) and revokes shares; the journey reports the diagnosis task's
 * progress here. Every share record it touches is keyed by the current tenant as the SME, so an SME
 * never reaches another SME's shares, and a provider (never the SME of a share) reaches none.
 */
@Service
public class AssessmentShares {

    public static final String OWNER_SHARES = "validation.share.ownerShares";
    public static final String UNKNOWN_PROVIDER = "validation.share.unknownProvider";
    public static final String NOT_SHARED = "validation.share.notShared";
    public static final String TOO_LATE_TO_INVITE = "validation.share.tooLateToInvite";
    public static final String OTHER_PROVIDER_INVITED = "validation.share.otherProviderInvited";

    private final Assessments assessments;
    private final Organisations organisations;
    private final DiagnosisWrites diagnoses;
    private final ApplicationEventPublisher events;
    private final MongoTemplate mongo;
    private final Actors actors;
    private final Clock clock;

    AssessmentShares(Assessments assessments, Organisations organisations, DiagnosisWrites diagnoses,
            ApplicationEventPublisher events, MongoTemplate mongo, Actors actors, Clock clock) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.diagnoses = diagnoses;
        this.events = events;
        this.mongo = mongo;
        this.actors = actors;
        this.clock = clock;
    }

    /** The providers an SME can share with. */
    public List<Organisation> providers() {
        return organisations.providers();
    }

    /**
     * Shares the current SME's assessment with a provider (sharing again keeps the share as it is) and, when
     * asked, invites that provider to diagnose: only one provider per assessment, and only before the result
     * is published. Owners only. If the invitation is refused, the share stays and the refusal is thrown.
     */
    public AssessmentShare share(String assessmentId, String providerTenantId, boolean inviteToDiagnose) {
        String userId = requireOwner();
        String sme = TenantContext.require();
        Assessment assessment = (assessmentId == null ? Optional.<Assessment>empty() : assessments.find(assessmentId))
                .orElseThrow(() -> rejected("assessmentId", Assessments.UNKNOWN));
        boolean isProvider = providerTenantId != null && organisations.find(providerTenantId)
                .filter(o -> o.getKind() == TenantKind.PROVIDER).isPresent();
        if (!isProvider) {
            throw rejected("providerTenantId", UNKNOWN_PROVIDER);
        }
        if (inviteToDiagnose) {
            requireInvitable(assessment, providerTenantId);
        }
        String id = AssessmentShare.id(sme, providerTenantId, assessmentId);
        Update share = new Update().setOnInsert("smeTenantId", sme).setOnInsert("providerTenantId", providerTenantId)
                .setOnInsert("assessmentId", assessmentId).setOnInsert("diagnosis", DiagnosisStatus.NOT_INVITED)
                .set("active", true).set("sharedBy", userId).set("sharedAt", clock.instant())
                .unset("revokedBy").unset("revokedAt");
        // an active share stays as it was; a revoked one is shared anew
        if (load(id).filter(AssessmentShare::isActive).isEmpty()) {
            var sharedAt = clock.instant();
            mongo.upsert(query(where("_id").is(id)), share.set("sharedAt", sharedAt), AssessmentShare.class);
            mongo.updateFirst(query(where("_id").is(id).and("diagnosis").is(DiagnosisStatus.WITHDRAWN)),
                    new Update().set("diagnosis", DiagnosisStatus.NOT_INVITED), AssessmentShare.class);
            events.publishEvent(new AssessmentShared(sme, assessmentId, providerTenantId, publishedLevel(assessment),
                    sharedAt));
        }
        if (inviteToDiagnose) {
            invite(id, sme, assessmentId, providerTenantId);
        }
        return load(id).orElseThrow();
    }

    /** Ends the provider's access at once; an invited diagnosis that is not completed is withdrawn. Owners only. */
    public void revoke(String assessmentId, String providerTenantId) {
        String userId = requireOwner();
        String sme = TenantContext.require();
        String id = AssessmentShare.id(sme, providerTenantId, assessmentId);
        AssessmentShare before = mongo.findAndModify(query(where("_id").is(id).and("active").is(true)),
                new Update().set("active", false).set("revokedBy", userId).set("revokedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(false), AssessmentShare.class);
        if (before == null) {
            throw rejected("providerTenantId", NOT_SHARED);
        }
        boolean withdrawn = before.getDiagnosis() == DiagnosisStatus.INVITED
                || before.getDiagnosis() == DiagnosisStatus.OPEN;
        if (withdrawn) {
            mongo.updateFirst(query(where("_id").is(id)), new Update().set("diagnosis", DiagnosisStatus.WITHDRAWN),
                    AssessmentShare.class);
        }
        events.publishEvent(new AssessmentShareRevoked(sme, assessmentId, providerTenantId, withdrawn));
    }

    /** The current SME's active shares of one assessment, oldest first. */
    public List<AssessmentShare> sharesOf(String assessmentId) {
        return mongo.find(query(where("smeTenantId").is(TenantContext.require()).and("assessmentId").is(assessmentId)
                .and("active").is(true)).with(Sort.by("sharedAt", "_id")), AssessmentShare.class);
    }

    /** The journey opened the diagnosis task for the invited provider: its consultants may now write notes. */
    public boolean diagnosisOpened(String assessmentId, String providerTenantId) {
        String id = AssessmentShare.id(TenantContext.require(), providerTenantId, assessmentId);
        return mongo.updateFirst(query(where("_id").is(id).and("active").is(true).and("diagnosis")
                .is(DiagnosisStatus.INVITED)), new Update().set("diagnosis", DiagnosisStatus.OPEN),
                AssessmentShare.class).getModifiedCount() > 0;
    }

    /** The provider's consultant completed the diagnosis task: notes are closed, the SME sees them as final. */
    public boolean diagnosisCompleted(String assessmentId, String providerTenantId) {
        String id = AssessmentShare.id(TenantContext.require(), providerTenantId, assessmentId);
        boolean completed = mongo.updateFirst(query(where("_id").is(id).and("diagnosis").is(DiagnosisStatus.OPEN)),
                new Update().set("diagnosis", DiagnosisStatus.COMPLETED), AssessmentShare.class).getModifiedCount() > 0;
        if (completed) {
            diagnoses.complete(assessmentId, providerTenantId);
        }
        return completed;
    }

    /** The level a provider may see of an assessment: the published one; none before the result is published. */
    static Integer publishedLevel(Assessment assessment) {
        return assessment.getStatus() == Assessment.Status.PUBLISHED ? assessment.getLevel() : null;
    }

    private void requireInvitable(Assessment assessment, String providerTenantId) {
        if (assessment.getStatus() == Assessment.Status.PUBLISHED) {
            throw rejected("inviteToDiagnose", TOO_LATE_TO_INVITE);
        }
        boolean otherInvited = sharesOf(assessment.getId()).stream()
                .anyMatch(s -> !s.getProviderTenantId().equals(providerTenantId) && s.getDiagnosis().isInvited());
        if (otherInvited) {
            throw rejected("inviteToDiagnose", OTHER_PROVIDER_INVITED);
        }
    }

    /** Marks the invitation first, so the journey can never open the task before the share says INVITED. */
    private void invite(String id, String sme, String assessmentId, String providerTenantId) {
        boolean marked = mongo.updateFirst(query(where("_id").is(id).and("active").is(true).and("diagnosis")
                .in(DiagnosisStatus.NOT_INVITED, DiagnosisStatus.WITHDRAWN)),
                new Update().set("diagnosis", DiagnosisStatus.INVITED), AssessmentShare.class).getModifiedCount() > 0;
        if (!marked) {
            return; // already invited
        }
        try {
            events.publishEvent(new DiagnosisInvited(sme, assessmentId, providerTenantId));
        } catch (RuntimeException refused) {
            mongo.updateFirst(query(where("_id").is(id).and("diagnosis").is(DiagnosisStatus.INVITED)),
                    new Update().set("diagnosis", DiagnosisStatus.NOT_INVITED), AssessmentShare.class);
            throw refused;
        }
    }

    private Optional<AssessmentShare> load(String id) {
        return Optional.ofNullable(mongo.findById(id, AssessmentShare.class));
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }

    /** The live actor's user id, if it may share. */
    private String requireOwner() {
        Actor actor = actors.current();
        if (!SectionPermission.mayShare(actor)) {
            throw rejected("providerTenantId", OWNER_SHARES);
        }
        return actor.userId();
    }
}
