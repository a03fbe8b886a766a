package org.uplift.assessment.framework;

/** A percentage band derived as numerator / denominator × 100 from two evidence fields. */
public record BandSource(String numeratorField, String denominatorField) {
}
