package org.uplift.organisation;

import org.uplift.tenancy.TenantKind;

/** Announced after an organisation and its owner account exist. */
public record OrganisationRegistered(String tenantId, TenantKind kind, String name, String ownerUserId,
        String ownerUsername) {
}
