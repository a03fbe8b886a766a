/**
 * What stands between an assessment and the next level: points missing, which scenarios must rise
 * (and how many constrained ones), and the single steps on questions that gain the most points.
 */
@org.springframework.modulith.NamedInterface("gap")
package org.uplift.assessment.gap;
