package org.uplift.marketplace.admission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/**
 * A provider's application to one authority's pool, owned by the provider's tenant (its qualifications and
 * certificate scans are the provider's). The authority reads and decides it only through
 * {@link PoolApplications}, by id, when the application names that authority.
 */
@TenantOwned
@Document(PoolApplication.COLLECTION)
@CompoundIndex(name = "tenant_submitted", def = "{'tenantId': 1, 'submittedAt': -1}")
public class PoolApplication {

    static final String COLLECTION = "pool_applications";

    @Id
    private String id;
    private String tenantId;
    private String authorityTenantId;
    private String authorityName;
    private String providerName;
    private String submittedBy;
    private Instant submittedAt;
    private Qualifications qualifications;
    private ApplicationStatus status;
    private String informationRequest;
    private Instant informationDeadline;
    private String informationAnswer;
    private Instant noticeEndsAt;
    /** The authority user who took the last review decision: the authority side of the notifications. */
    private String lastReviewer;
    private List<Sanction> sanctions = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();
    @Version
    private Long version;

    protected PoolApplication() {
    }

    PoolApplication(String authorityTenantId, String authorityName, String providerName, String submittedBy,
            Instant submittedAt, Qualifications qualifications) {
        this.authorityTenantId = authorityTenantId;
        this.authorityName = authorityName;
        this.providerName = providerName;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.qualifications = qualifications;
        this.status = ApplicationStatus.UNDER_REVIEW;
        record(submittedAt, "submitted", submittedBy, null);
    }

    void record(Instant at, String action, String userId, String note) {
        history.add(new HistoryEntry(at, action, userId, note));
    }

    void moveTo(ApplicationStatus next) {
        this.status = next;
    }

    void requestInformation(String question, Instant deadline) {
        this.informationRequest = question;
        this.informationDeadline = deadline;
        this.informationAnswer = null;
    }

    void answer(String text) {
        this.informationAnswer = text;
    }

    void openNotice(Instant endsAt) {
        this.noticeEndsAt = endsAt;
    }

    void reviewedBy(String userId) {
        this.lastReviewer = userId;
    }

    void add(Sanction sanction) {
        sanctions.add(sanction);
    }

    void replace(Sanction sanction) {
        sanctions.replaceAll(s -> s.id().equals(sanction.id()) ? sanction : s);
    }

    public Optional<Sanction> sanction(String sanctionId) {
        return sanctions.stream().filter(s -> s.id().equals(sanctionId)).findFirst();
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getProviderTenantId() { return tenantId; }
    public String getAuthorityTenantId() { return authorityTenantId; }
    public String getAuthorityName() { return authorityName; }
    public String getProviderName() { return providerName; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Qualifications getQualifications() { return qualifications; }
    public ApplicationStatus getStatus() { return status; }
    public String getInformationRequest() { return informationRequest; }
    public Instant getInformationDeadline() { return informationDeadline; }
    public String getInformationAnswer() { return informationAnswer; }
    public Instant getNoticeEndsAt() { return noticeEndsAt; }
    public String getLastReviewer() { return lastReviewer; }
    public List<Sanction> getSanctions() { return List.copyOf(sanctions); }
    public List<HistoryEntry> getHistory() { return List.copyOf(history); }
    public Long getVersion() { return version; }

    @Override
    public String toString() {
        return "PoolApplication[" + id + " " + status + " " + qualifications + " " + history + " " + sanctions + "]";
    }
}
