package org.uplift.assessment.framework;

/** How a question is answered. */
public enum QuestionKind {
    /** One option; its points. */
    SINGLE,
    /** Several options; their points add up. An exclusive option ("none") stands alone. */
    MULTIPLE,
    /** One band of a percentage; the band may be derived from two numeric evidence fields. */
    PERCENT_BAND,
    /** One option comparing after with before (decreased / unchanged / increased). */
    BEFORE_AFTER
}
