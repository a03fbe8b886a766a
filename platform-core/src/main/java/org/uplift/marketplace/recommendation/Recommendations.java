package org.uplift.marketplace.recommendation;

import java.util.List;

/**
 * "Recommended for you": the packages for the SME's latest published assessment.
 *
 * @param level       the assessment's level (0 = none)
 * @param targetLevel the next level the recommendations work towards; null at the top level
 */
public record Recommendations(String assessmentId, String frameworkId, Integer level, Integer targetLevel,
        List<RecommendedPackage> packages) {

    public Recommendations {
        packages = List.copyOf(packages);
    }
}
