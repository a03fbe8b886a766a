package org.uplift.marketplace.engagement;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.uplift.marketplace.quote.QuoteAccepted;
import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.tenancy.TenantContext;

/**
 * The current tenant's engagements, as the SME or as the provider. An engagement starts when the SME's owner
 * accepts a quote ({@link QuoteAccepted}): each party gets its copy, in its own tenant, once; then
 * {@link EngagementStarted} starts the milestones' overdue timers. {@link EngagementMilestones} moves it on.
 */
@Service
public class Engagements {

    static final int LISTED = 100;

    private final EngagementRepository engagements;
    private final ApplicationEventPublisher events;

    Engagements(EngagementRepository engagements, ApplicationEventPublisher events) {
        this.engagements = engagements;
        this.events = events;
    }

    /** The current tenant's engagements, newest first. */
    public List<Engagement> mine() {
        return engagements.findAllByOrderByStartedAtDesc(Limit.of(LISTED));
    }

    /** One of the current tenant's engagements by its shared id; one the tenant is no party to is not found. */
    public Optional<Engagement> find(String engagementId) {
        return engagementId == null ? Optional.empty() : engagements.findByEngagementId(engagementId);
    }

    @EventListener
    void on(QuoteAccepted accepted) {
        QuoteAnswer answer = accepted.answer();
        var start = accepted.acceptedAt().atZone(ZoneOffset.ofHours(8)).toLocalDate();
        List<EngagementMilestone> milestones = answer.milestones().stream()
                .map(m -> new EngagementMilestone(m.title(), m.deliverable(), start.plusDays(m.dueInDays()))).toList();
        for (String party : List.of(accepted.smeTenantId(), accepted.providerTenantId())) {
            TenantContext.runAs(party, () -> {
                if (engagements.findByEngagementId(accepted.quoteId()).isEmpty()) {
                    engagements.insert(new Engagement(accepted.quoteId(), accepted.smeTenantId(), accepted.smeName(),
                            accepted.providerTenantId(), accepted.providerName(), accepted.requestId(),
                            accepted.need(), answer.totalFen(), answer.costLines(), answer.scope(),
                            answer.timelineWeeks(), answer.deliverBy(), milestones, accepted.acceptedBy(),
                            accepted.acceptedAt()));
                }
            });
        }
        events.publishEvent(new EngagementStarted(accepted.smeTenantId(), accepted.providerTenantId(),
                accepted.quoteId(), milestones.stream().map(EngagementMilestone::due).toList()));
    }
}
