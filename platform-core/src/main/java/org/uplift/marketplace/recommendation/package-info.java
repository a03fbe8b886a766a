/**
 * "Recommended for you": catalogue packages ranked by how much they close an SME's gap to the next level
 * ({@link org.uplift.marketplace.recommendation.RecommendationRanking}), each with a translatable reason.
 */
@org.springframework.modulith.NamedInterface("recommendation")
package org.uplift.marketplace.recommendation;
