package org.uplift.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.uplift.marketplace.solution.CostLine;

/**
 * One party's copy of a subsidy application: the SME's {@link ApplicantCopy} or the authority's
 * {@link ApplicationCase}. Both hold the same content and are changed together by {@link SubsidyApplications}.
 */
public abstract class SubsidyApplication {

    @Id
    private String id;
    private String tenantId;
    private String applicationId;
    private String smeTenantId;
    private String smeName;
    private String providerTenantId;
    private String providerName;
    private String engagementId;
    private String authorityTenantId;
    private String programmeId;
    private String programmeName;
    private List<CostLine> costLines;
    private long totalFen;
    private LocalDate contractDate;
    private LocalDate paidOn;
    private String assessmentId;
    private Integer level;
    private String industryCode;
    private String districtCode;
    private ApplicationStatus status;
    private List<String> eligibilityReasons = new ArrayList<>();
    private List<String> seniorReviewReasons = new ArrayList<>();
    private String rejectionReason;
    private long eligibleCostFen;
    private long amountFen;
    private List<Approval> approvals = new ArrayList<>();
    private InformationRequest information;
    private ImplementationTerm implementation;
    private ExtensionRequest extension;
    private AcceptanceRequest acceptanceRequest;
    private OnSiteEvaluation evaluation;
    private Long acceptedAmountFen;
    private long releasedFen;
    private List<ApplicationEntry> history = new ArrayList<>();
    private String submittedBy;
    private Instant submittedAt;
    private Instant updatedAt;

    protected SubsidyApplication() {
    }

    /** Copies the content of another party's copy (the tenant and id stay this copy's own). */
    void copyFrom(SubsidyApplication o) {
        applicationId = o.applicationId;
        smeTenantId = o.smeTenantId;
        smeName = o.smeName;
        providerTenantId = o.providerTenantId;
        providerName = o.providerName;
        engagementId = o.engagementId;
        authorityTenantId = o.authorityTenantId;
        programmeId = o.programmeId;
        programmeName = o.programmeName;
        costLines = List.copyOf(o.getCostLines());
        totalFen = o.totalFen;
        contractDate = o.contractDate;
        paidOn = o.paidOn;
        assessmentId = o.assessmentId;
        level = o.level;
        industryCode = o.industryCode;
        districtCode = o.districtCode;
        status = o.status;
        eligibilityReasons = new ArrayList<>(o.getEligibilityReasons());
        seniorReviewReasons = new ArrayList<>(o.getSeniorReviewReasons());
        rejectionReason = o.rejectionReason;
        eligibleCostFen = o.eligibleCostFen;
        amountFen = o.amountFen;
        approvals = new ArrayList<>(o.getApprovals());
        information = o.information;
        implementation = o.implementation;
        extension = o.extension;
        acceptanceRequest = o.acceptanceRequest;
        evaluation = o.evaluation;
        acceptedAmountFen = o.acceptedAmountFen;
        releasedFen = o.releasedFen;
        history = new ArrayList<>(o.getHistory());
        submittedBy = o.submittedBy;
        submittedAt = o.submittedAt;
        updatedAt = o.updatedAt;
    }

    void fill(String applicationId, Draft d, String userId, Instant now) {
        this.applicationId = applicationId;
        this.smeTenantId = d.smeTenantId();
        this.smeName = d.smeName();
        this.providerTenantId = d.providerTenantId();
        this.providerName = d.providerName();
        this.engagementId = d.engagementId();
        this.authorityTenantId = d.authorityTenantId();
        this.programmeId = d.programmeId();
        this.programmeName = d.programmeName();
        this.costLines = List.copyOf(d.costLines());
        this.totalFen = d.costLines().stream().mapToLong(CostLine::amountFen).sum();
        this.contractDate = d.contractDate();
        this.paidOn = d.paidOn();
        this.assessmentId = d.assessmentId();
        this.level = d.level();
        this.industryCode = d.industryCode();
        this.districtCode = d.districtCode();
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedBy = userId;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    /** The content an application starts with, checked by {@link SubsidyApplications#apply}. */
    record Draft(String smeTenantId, String smeName, String providerTenantId, String providerName,
            String engagementId, String authorityTenantId, String programmeId, String programmeName,
            List<CostLine> costLines, LocalDate contractDate, LocalDate paidOn, String assessmentId, Integer level,
            String industryCode, String districtCode) {
    }

    // ---- changes (package-private: only SubsidyApplications changes an application) ----

    void status(ApplicationStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    void record(ApplicationEntry entry) {
        history.add(entry);
        updatedAt = entry.at();
    }

    void eligibility(List<String> reasons, long eligibleCostFen, long amountFen) {
        this.eligibilityReasons = new ArrayList<>(reasons);
        this.eligibleCostFen = eligibleCostFen;
        this.amountFen = amountFen;
    }

    void seniorReview(List<String> reasons) {
        this.seniorReviewReasons = new ArrayList<>(reasons);
    }

    void rejected(String reason) {
        this.rejectionReason = reason;
    }

    void approve(Approval approval) {
        approvals.add(approval);
    }

    /** Drops the expert and senior approvals: after the budget ran out they must be given again. */
    void withdrawApprovalsAfter(ReviewStage stage) {
        approvals.removeIf(a -> a.stage().ordinal() > stage.ordinal());
    }

    void information(InformationRequest request) {
        this.information = request;
    }

    void implementation(ImplementationTerm term) {
        this.implementation = term;
    }

    void extension(ExtensionRequest request) {
        this.extension = request;
    }

    void acceptanceRequest(AcceptanceRequest request) {
        this.acceptanceRequest = request;
    }

    void evaluation(OnSiteEvaluation findings) {
        this.evaluation = findings;
    }

    /** The final amount after the on-site acceptance, and what went back to the budget. */
    void settled(Long acceptedAmountFen, long releasedFen) {
        this.acceptedAmountFen = acceptedAmountFen;
        this.releasedFen = releasedFen;
    }

    /** Whether this person already took a positive decision on the application (four eyes). */
    public boolean approvedBy(String userId) {
        return getApprovals().stream().anyMatch(a -> a.userId().equals(userId));
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getApplicationId() { return applicationId; }
    public String getSmeTenantId() { return smeTenantId; }
    public String getSmeName() { return smeName; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getProviderName() { return providerName; }
    public String getEngagementId() { return engagementId; }
    public String getAuthorityTenantId() { return authorityTenantId; }
    public String getProgrammeId() { return programmeId; }
    public String getProgrammeName() { return programmeName; }
    public List<CostLine> getCostLines() { return costLines == null ? List.of() : List.copyOf(costLines); }
    public long getTotalFen() { return totalFen; }
    public LocalDate getContractDate() { return contractDate; }
    public LocalDate getPaidOn() { return paidOn; }
    public String getAssessmentId() { return assessmentId; }
    public Integer getLevel() { return level; }
    public String getIndustryCode() { return industryCode; }
    public String getDistrictCode() { return districtCode; }
    public ApplicationStatus getStatus() { return status; }
    public List<String> getEligibilityReasons() { return eligibilityReasons == null ? List.of() : List.copyOf(eligibilityReasons); }
    public List<String> getSeniorReviewReasons() { return seniorReviewReasons == null ? List.of() : List.copyOf(seniorReviewReasons); }
    public String getRejectionReason() { return rejectionReason; }
    public long getEligibleCostFen() { return eligibleCostFen; }
    public long getAmountFen() { return amountFen; }
    public List<Approval> getApprovals() { return approvals == null ? List.of() : List.copyOf(approvals); }
    public InformationRequest getInformation() { return information; }
    public ImplementationTerm getImplementation() { return implementation; }
    public ExtensionRequest getExtension() { return extension; }
    public AcceptanceRequest getAcceptanceRequest() { return acceptanceRequest; }
    public OnSiteEvaluation getEvaluation() { return evaluation; }
    /** The final amount (fen) once accepted on site; null before. */
    public Long getAcceptedAmountFen() { return acceptedAmountFen; }
    /** What was released back to the programme's budget (fen): all of it on expiry or failure, the difference on acceptance. */
    public long getReleasedFen() { return releasedFen; }
    public List<ApplicationEntry> getHistory() { return history == null ? List.of() : List.copyOf(history); }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + applicationId + " " + smeName + " → " + programmeId + " " + status
                + " " + amountFen + "]";
    }
}
