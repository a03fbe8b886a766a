package org.uplift.marketplace.engagement;

/**
 * What the current actor may do with one engagement now, decided by {@link EngagementMilestones#permission} from
 * the live actor: deliver (the provider's side), confirm or send back (the SME's owner), complete, rate.
 */
public record EngagementPermission(boolean deliver, boolean decide, boolean complete, boolean rate) {
}
