package org.uplift.assessment.sharing;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One SME's assessment shared with one provider: a two-party record, keyed by SME, provider and
 * assessment, so sharing again reuses it. Active until the SME revokes it.
 */
@Document(AssessmentShare.COLLECTION)
// the provider's inbox of shares, newest first (ties by id)
@CompoundIndex(name = "provider_active_shared_id",
        def = "{'providerTenantId': 1, 'active': 1, 'sharedAt': -1, '_id': 1}")
// whether the provider holds an active share of one assessment
@CompoundIndex(name = "provider_assessment_active", def = "{'providerTenantId': 1, 'assessmentId': 1, 'active': 1}")
// the SME's shares of one assessment, in the order given
@CompoundIndex(name = "sme_assessment_active_shared",
        def = "{'smeTenantId': 1, 'assessmentId': 1, 'active': 1, 'sharedAt': 1, '_id': 1}")
public class AssessmentShare {

    static final String COLLECTION = "assessment_shares";

    @Id
    private String id;
    private String smeTenantId;
    private String providerTenantId;
    private String assessmentId;
    private boolean active;
    private String sharedBy;
    private Instant sharedAt;
    private String revokedBy;
    private Instant revokedAt;
    private DiagnosisStatus diagnosis;

    protected AssessmentShare() {
    }

    static String id(String smeTenantId, String providerTenantId, String assessmentId) {
        return smeTenantId + "|" + providerTenantId + "|" + assessmentId;
    }

    public String getId() { return id; }
    public String getSmeTenantId() { return smeTenantId; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getAssessmentId() { return assessmentId; }
    public boolean isActive() { return active; }
    public String getSharedBy() { return sharedBy; }
    public Instant getSharedAt() { return sharedAt; }
    public String getRevokedBy() { return revokedBy; }
    public Instant getRevokedAt() { return revokedAt; }
    public DiagnosisStatus getDiagnosis() { return diagnosis == null ? DiagnosisStatus.NOT_INVITED : diagnosis; }

    @Override
    public String toString() {
        return "AssessmentShare[" + id + (active ? " active " : " revoked ") + getDiagnosis() + "]";
    }
}
