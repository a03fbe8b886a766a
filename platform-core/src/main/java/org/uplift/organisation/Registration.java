package org.uplift.organisation;

import org.uplift.tenancy.TenantKind;

/** What an SME or a provider fills in to register, with its first user who becomes the owner. */
public record Registration(TenantKind kind, String organisationName, String creditCode, String districtCode,
        String industryCode, String ownerName, String ownerEmail, String ownerPassword) {
}
