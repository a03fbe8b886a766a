/**
 * Engagements: what an SME and a provider agreed when the SME accepted the provider's quote (the package version,
 * the agreed price and its cost lines, the milestones with their due dates), and how it is carried out. Visible to
 * the two parties only: each has its own copy in {@code engagements}, tenant-owned, under the shared
 * {@code engagementId} (the accepted quote's id). {@link org.uplift.marketplace.engagement.EngagementMilestones}
 * takes the steps (deliver with evidence, confirm or send back, complete, rate), each on the acting party's copy
 * and then, by {@link org.uplift.marketplace.engagement.EngagementChanged}, on the other's; copies are versioned.
 * Delivery evidence is kept in the SME's tenant (GridFS bucket {@code engagement_evidence}) under the assessment
 * evidence rules.
 */
@org.springframework.modulith.NamedInterface("engagement")
package org.uplift.marketplace.engagement;
