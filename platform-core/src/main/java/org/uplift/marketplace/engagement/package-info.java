/**
 * Engagements: what an SME and a provider agreed when the SME accepted the provider's quote (the package version,
 * the agreed price and its cost lines, the milestones with their due dates). Visible to the two parties only: each
 * has its own copy in {@code engagements}, tenant-owned, under the shared {@code engagementId} (the accepted quote's
 * id), written once, when the quote is accepted. Milestone delivery, confirmation and ratings are a later slice.
 */
@org.springframework.modulith.NamedInterface("engagement")
package org.uplift.marketplace.engagement;
