package org.uplift.marketplace.engagement;

import java.time.Instant;

/** The SME's rating of the provider at completion: 1–5 stars with an optional comment, given once. */
public record EngagementRating(int stars, String comment, String ratedBy, Instant ratedAt) {
}
