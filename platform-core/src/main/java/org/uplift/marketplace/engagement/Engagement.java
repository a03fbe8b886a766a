package org.uplift.marketplace.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.marketplace.quote.QuoteNeed;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.tenancy.TenantOwned;

/** One party's copy of an engagement (the SME's or the provider's), tenant-owned by that party. */
@TenantOwned
@Document(Engagement.COLLECTION)
@CompoundIndex(name = "tenant_engagement", def = "{'tenantId': 1, 'engagementId': 1}", unique = true)
@CompoundIndex(name = "tenant_started", def = "{'tenantId': 1, 'startedAt': -1}")
public class Engagement {

    static final String COLLECTION = "engagements";

    @Id
    private String id;
    private String tenantId;
    private String engagementId;
    private String smeTenantId;
    private String smeName;
    private String providerTenantId;
    private String providerName;
    private String requestId;
    private QuoteNeed need;
    private long priceFen;
    private List<CostLine> costLines;
    private String scope;
    private Integer timelineWeeks;
    private LocalDate deliverBy;
    private List<EngagementMilestone> milestones;
    private EngagementStatus status;
    private String acceptedBy;
    private Instant startedAt;
    private Instant completedAt;
    private String completedBy;
    private EngagementRating rating;
    /** Each copy is versioned: a change loads, applies and saves, and retries when another change came first. */
    @Version
    private Long version;

    protected Engagement() {
    }

    Engagement(String engagementId, String smeTenantId, String smeName, String providerTenantId, String providerName,
            String requestId, QuoteNeed need, long priceFen, List<CostLine> costLines, String scope,
            Integer timelineWeeks, LocalDate deliverBy, List<EngagementMilestone> milestones, String acceptedBy,
            Instant startedAt) {
        this.engagementId = engagementId;
        this.smeTenantId = smeTenantId;
        this.smeName = smeName;
        this.providerTenantId = providerTenantId;
        this.providerName = providerName;
        this.requestId = requestId;
        this.need = need;
        this.priceFen = priceFen;
        this.costLines = List.copyOf(costLines);
        this.scope = scope;
        this.timelineWeeks = timelineWeeks;
        this.deliverBy = deliverBy;
        this.milestones = List.copyOf(milestones);
        this.status = EngagementStatus.ACTIVE;
        this.acceptedBy = acceptedBy;
        this.startedAt = startedAt;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getEngagementId() { return engagementId; }
    public String getSmeTenantId() { return smeTenantId; }
    public String getSmeName() { return smeName; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getProviderName() { return providerName; }
    public String getRequestId() { return requestId; }
    public QuoteNeed getNeed() { return need; }
    public long getPriceFen() { return priceFen; }
    public List<CostLine> getCostLines() { return costLines; }
    public String getScope() { return scope; }
    public Integer getTimelineWeeks() { return timelineWeeks; }
    public LocalDate getDeliverBy() { return deliverBy; }
    public List<EngagementMilestone> getMilestones() { return milestones; }
    public EngagementStatus getStatus() { return status; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getCompletedAt() { return completedAt; }
    public String getCompletedBy() { return completedBy; }
    public EngagementRating getRating() { return rating; }
    public Long getVersion() { return version; }

    /** The milestone at this position, if there is one. */
    public java.util.Optional<EngagementMilestone> milestone(int index) {
        return index >= 0 && index < milestones.size() ? java.util.Optional.of(milestones.get(index))
                : java.util.Optional.empty();
    }

    public boolean allMilestonesConfirmed() {
        return milestones.stream().allMatch(m -> m.state() == MilestoneState.CONFIRMED);
    }

    void replaceMilestone(int index, EngagementMilestone milestone) {
        var changed = new java.util.ArrayList<>(milestones);
        changed.set(index, milestone);
        this.milestones = List.copyOf(changed);
    }

    void completed(String by, Instant at) {
        this.status = EngagementStatus.COMPLETED;
        this.completedBy = by;
        this.completedAt = at;
    }

    void rated(EngagementRating rating) {
        this.rating = rating;
    }

    @Override
    public String toString() {
        return "Engagement[" + engagementId + " " + smeName + " / " + providerName + " " + priceFen + " " + status + "]";
    }
}
