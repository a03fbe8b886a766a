package org.uplift.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantKind;

/**
 * A registration waiting for its owner to follow the link mailed to the owner's address. Holds the
 * password only as its hash and the link only as the SHA-256 of its token. Platform-wide: the
 * organisation (the tenant) does not exist yet.
 */
@Document("pending_registrations")
class PendingRegistration {

    @Id
    private String id;
    @Indexed(unique = true)
    private String tokenHash;
    private TenantKind kind;
    private String organisationName;
    private String creditCode;
    private String districtCode;
    private String industryCode;
    private String ownerName;
    private String ownerEmail;
    private String ownerPasswordHash;
    @Indexed(expireAfter = "0s")
    private Instant expiresAt;

    protected PendingRegistration() {
    }

    PendingRegistration(String tokenHash, TenantKind kind, String organisationName, String creditCode,
            String districtCode, String industryCode, String ownerName, String ownerEmail, String ownerPasswordHash,
            Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.kind = kind;
        this.organisationName = organisationName;
        this.creditCode = creditCode;
        this.districtCode = districtCode;
        this.industryCode = industryCode;
        this.ownerName = ownerName;
        this.ownerEmail = ownerEmail;
        this.ownerPasswordHash = ownerPasswordHash;
        this.expiresAt = expiresAt;
    }

    TenantKind getKind() { return kind; }
    String getOrganisationName() { return organisationName; }
    String getCreditCode() { return creditCode; }
    String getDistrictCode() { return districtCode; }
    String getIndustryCode() { return industryCode; }
    String getOwnerName() { return ownerName; }
    String getOwnerEmail() { return ownerEmail; }
    String getOwnerPasswordHash() { return ownerPasswordHash; }
    Instant getExpiresAt() { return expiresAt; }
}
