package org.uplift.assessment.sharing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessment;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantOwned;

/**
 * The diagnosis part of an SME's assessment, written in single atomic updates that touch only
 * {@code diagnosis} (and the version, so a whole-document write based on an older read fails).
 */
@Component
class DiagnosisWrites {

    static final String REASON = "a provider writing its diagnosis of an assessment an SME shared with it";

    private final MongoTemplate mongo;
    private final Clock clock;

    DiagnosisWrites(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The provider's notes, across tenants. Only the caller has checked the share; the filter names the
     * SME of that share, so the write can only land on the assessment the share is about.
     */
    boolean saveNotes(String smeTenantId, String assessmentId, String providerTenantId, Map<String, String> notes,
            String userId) {
        Update update = new Update().set("diagnosis.providerTenantId", providerTenantId).set("diagnosis.notes", notes)
                .set("diagnosis.diagnosedBy", userId).set("diagnosis.updatedAt", clock.instant()).inc("version", 1);
        return CrossTenantAccess.call(REASON, () -> mongo.updateFirst(
                query(where("_id").is(assessmentId).and(TenantOwned.FIELD).is(smeTenantId)), update, Assessment.class))
                .getModifiedCount() > 0;
    }

    /** As the SME: the diagnosis is complete (the tenant mechanism confines the write to the current SME). */
    void complete(String assessmentId, String providerTenantId) {
        mongo.updateFirst(query(where("_id").is(assessmentId)), new Update()
                .set("diagnosis.providerTenantId", providerTenantId).set("diagnosis.completedAt", clock.instant())
                .inc("version", 1), Assessment.class);
    }
}
