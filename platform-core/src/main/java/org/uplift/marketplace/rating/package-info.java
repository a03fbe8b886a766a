/**
 * Providers' public ratings: one constant-size document per provider in {@code provider_ratings} (platform-level,
 * like the catalogue, since a rating is public by nature), counted up with {@code $inc} from each completed
 * engagement's rating, never recomputed by scanning engagements. The catalogue shows, filters and sorts by it.
 */
@org.springframework.modulith.NamedInterface("rating")
package org.uplift.marketplace.rating;
