package org.uplift.organisation;

/** Announced when an SME saves a complete company profile. */
public record CompanyProfileCompleted(String tenantId, String userId) {
}
