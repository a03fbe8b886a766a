package org.uplift.assessment.framework;

import java.math.BigDecimal;

/**
 * An answer option.
 *
 * @param exclusive  "none": chosen alone or not at all (multiple choice)
 * @param bandAbove  percent bands: the band holds values above this (exclusive), null for the first band
 * @param bandUpTo   percent bands: and up to this (inclusive)
 */
public record Option(String letter, String zh, String en, BigDecimal points, boolean exclusive, BigDecimal bandAbove,
        BigDecimal bandUpTo) {
}
