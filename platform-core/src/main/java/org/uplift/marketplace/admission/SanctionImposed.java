package org.uplift.marketplace.admission;

/** A programme manager sanctioned an admitted provider: the sanction process applies it and offers the appeal. */
public record SanctionImposed(String applicationId, String sanctionId, String providerTenantId,
        String authorityTenantId, SanctionKind kind) {
}
