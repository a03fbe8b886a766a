/**
 * Programmes: terms (districts, industries, cost categories, rate, caps, windows, thresholds), their life
 * (DRAFT → OPEN ⇄ CLOSED) and the public copy of an opened programme's terms.
 */
@org.springframework.modulith.NamedInterface("programme")
package org.uplift.subsidy.programme;
