package org.uplift.assessment;

/**
 * Announced once per assessment, when the journey records its level and publishes the result;
 * {@code level} is null where the framework has no levels.
 */
public record AssessmentPublished(String tenantId, String assessmentId, String frameworkId, String frameworkVersion,
        Integer level) {
}
