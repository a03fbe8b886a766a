/**
 * Improvement recommendations: a prioritised, deterministic plan computed from the gap to the next
 * level (scenarios to raise, constrained ones first; the question steps that close the missing
 * points) and from the weakest dimension. Pure functions; the journey stores the result on the
 * assessment.
 */
@org.springframework.modulith.NamedInterface("recommendation")
package org.uplift.assessment.recommendation;
