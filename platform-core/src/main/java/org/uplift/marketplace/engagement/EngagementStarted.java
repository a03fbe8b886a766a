package org.uplift.marketplace.engagement;

import java.time.LocalDate;
import java.util.List;

/** Both parties have their copy of a new engagement: the milestones' overdue timers start (process). */
public record EngagementStarted(String smeTenantId, String providerTenantId, String engagementId,
        List<LocalDate> milestoneDues) {
}
