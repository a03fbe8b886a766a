package org.uplift.marketplace.engagement;

/** The SME's owner confirmed a milestone: its overdue timer is no longer needed (process). */
public record MilestoneConfirmed(String smeTenantId, String engagementId, int milestoneIndex) {
}
