package org.uplift.marketplace.engagement;

import java.time.Instant;

/**
 * One party changed its copy of an engagement; {@link Engagements} applies the same change to the other party's
 * copy, in that party's tenant. Carries only what changed (one milestone, or the completion, or the rating), so
 * changes to different parts made at once do not overwrite each other.
 *
 * @param milestoneIndex the changed milestone's position, or -1
 */
public record EngagementChanged(String engagementId, String toTenantId, int milestoneIndex,
        EngagementMilestone milestone, Instant completedAt, String completedBy, EngagementRating rating) {

    static EngagementChanged milestone(String engagementId, String toTenantId, int index, EngagementMilestone m) {
        return new EngagementChanged(engagementId, toTenantId, index, m, null, null, null);
    }

    static EngagementChanged completed(String engagementId, String toTenantId, String by, Instant at) {
        return new EngagementChanged(engagementId, toTenantId, -1, null, at, by, null);
    }

    static EngagementChanged rated(String engagementId, String toTenantId, EngagementRating rating) {
        return new EngagementChanged(engagementId, toTenantId, -1, null, null, null, rating);
    }
}
