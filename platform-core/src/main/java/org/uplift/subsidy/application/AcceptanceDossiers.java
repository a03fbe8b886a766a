package org.uplift.subsidy.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.evidence.EvidenceContent;
import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.evidence.EvidenceFiles;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantOwned;

/**
 * The authority's read-only view of an applicant's T0 and T1 for the on-site acceptance. Only the authority owning
 * the case (an evaluator or programme manager) reads it, only once acceptance was requested: the assessments through
 * {@link CrossTenantAccess} (by id and the SME's tenant), the evidence files scoped to the SME's tenant; both stay in
 * the SME's 一企一档.
 */
@Service
public class AcceptanceDossiers {

    static final String REASON = "on-site acceptance: the evaluator reads the applicant's T0/T1 and evidence";

    private final ApplicationWrites writes;
    private final Assessments assessments;
    private final EvidenceFiles evidence;
    private final MongoTemplate mongo;
    private final Actors actors;

    AcceptanceDossiers(ApplicationWrites writes, Assessments assessments, EvidenceFiles evidence, MongoTemplate mongo,
            @Lazy Actors actors) {
        this.writes = writes;
        this.assessments = assessments;
        this.evidence = evidence;
        this.mongo = mongo;
        this.actors = actors;
    }

    /** Empty unless the current actor may read it (the case's evaluator or manager, acceptance requested). */
    public Optional<AcceptanceDossier> of(String applicationId) {
        return readable(applicationId).map(kase -> {
            String sme = kase.getSmeTenantId();
            Assessment t0 = assessment(sme, kase.getAssessmentId());
            Assessment t1 = assessment(sme, kase.getAcceptanceRequest().t1AssessmentId());
            var framework = assessments.framework(t1 != null ? t1 : t0);
            return new AcceptanceDossier(framework, t0, t1, files(sme, kase.getAssessmentId()),
                    files(sme, kase.getAcceptanceRequest().t1AssessmentId()));
        });
    }

    /** One evidence file of T0 or T1, opened in the SME's tenant; any other file is not found. */
    public Optional<EvidenceContent> open(String applicationId, String fileId) {
        return readable(applicationId).flatMap(kase -> {
            String sme = kase.getSmeTenantId();
            boolean listed = Stream.concat(files(sme, kase.getAssessmentId()).stream(),
                    files(sme, kase.getAcceptanceRequest().t1AssessmentId()).stream())
                    .anyMatch(f -> f.id().equals(fileId));
            return listed ? TenantContext.callAs(sme, () -> evidence.open(fileId)) : Optional.<EvidenceContent>empty();
        });
    }

    private Optional<SubsidyApplication> readable(String applicationId) {
        Actor actor = actors.current();
        if (!actor.has(Role.EVALUATOR) && !actor.has(Role.PROGRAMME_MANAGER)) {
            return Optional.empty();
        }
        return writes.findCase(applicationId).filter(kase -> kase.getAcceptanceRequest() != null);
    }

    private Assessment assessment(String smeTenantId, String assessmentId) {
        return CrossTenantAccess.call(REASON, () -> mongo.findOne(query(where("_id").is(assessmentId)
                .and(TenantOwned.FIELD).is(smeTenantId)), Assessment.class));
    }

    /**
     * The files are read scoped to the SME's tenant, as engagement evidence is, not through the door: GridFS issues
     * finds without a filter, which the door leaves unrestricted and the driver then refuses.
     */
    private List<EvidenceFile> files(String smeTenantId, String assessmentId) {
        return TenantContext.callAs(smeTenantId, () -> evidence.list(assessmentId));
    }
}
