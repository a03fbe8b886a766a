package org.uplift.organisation;

/** An authority vouched for an SME: it is a real company, so its results may count among its peers. */
public record EnterpriseVouched(String tenantId, String authorityTenantId) {
}
