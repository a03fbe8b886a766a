package org.uplift.marketplace.engagement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.uplift.marketplace.quote.QuoteAnswer;
import org.uplift.marketplace.quote.QuoteNeed;

/** The two copies of an engagement (the SME's, the provider's) as {@link Engagements} writes them on acceptance. */
public final class GeneratedEngagements {

    private GeneratedEngagements() {
    }

    public static List<Engagement> accepted(String quoteId, String smeTenantId, String smeName, String providerTenantId,
            String providerName, String requestId, QuoteNeed need, QuoteAnswer answer, String acceptedBy,
            Instant acceptedAt) {
        var start = acceptedAt.atZone(ZoneOffset.ofHours(8)).toLocalDate();
        List<EngagementMilestone> milestones = answer.milestones().stream()
                .map(m -> new EngagementMilestone(m.title(), m.deliverable(), start.plusDays(m.dueInDays()))).toList();
        return List.of(smeTenantId, providerTenantId).stream().map(party -> {
            Engagement copy = new Engagement(quoteId, smeTenantId, smeName, providerTenantId, providerName, requestId,
                    need, answer.totalFen(), answer.costLines(), answer.scope(), answer.timelineWeeks(),
                    answer.deliverBy(), milestones, acceptedBy, acceptedAt);
            try {
                var field = Engagement.class.getDeclaredField("tenantId");
                field.setAccessible(true);
                field.set(copy, party);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return copy;
        }).toList();
    }
}
