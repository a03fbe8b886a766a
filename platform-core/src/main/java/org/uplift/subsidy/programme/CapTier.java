package org.uplift.subsidy.programme;

/**
 * The cap for applicants accepted at {@code fromLevel} or higher, until a higher tier starts. One tier at
 * level 1 is a single cap for every level.
 */
public record CapTier(int fromLevel, long capFen) {
}
