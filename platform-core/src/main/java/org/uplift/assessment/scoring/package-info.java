/**
 * Scoring answers against a framework: per question, per dimension, total, and the scenario counts
 * the level gates need. Pure functions, no state.
 */
@org.springframework.modulith.NamedInterface("scoring")
package org.uplift.assessment.scoring;
