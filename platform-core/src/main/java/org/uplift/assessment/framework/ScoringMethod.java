package org.uplift.assessment.framework;

/** How a framework's dimension scores make its total. */
public enum ScoringMethod {
    /** Dimension scores are points; the total is their sum (MIIT 2024: 50 + 30 + 20 = 100). */
    SUM_OF_POINTS,
    /** Each dimension is scored 0–100 (its points as a share of its maximum); the total is their mean (EU DMA). */
    MEAN_OF_DIMENSIONS
}
