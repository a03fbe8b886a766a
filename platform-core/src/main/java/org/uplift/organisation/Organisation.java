package org.uplift.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantKind;

/**
 * A tenant. Its id is the tenant id every tenant-owned document carries. This registry is not itself
 * tenant-owned: a tenant reads only its own entry through {@link Organisations#current()}.
 */
@Document("organisations")
// the platform admin's list, newest first
@CompoundIndex(name = "registered", def = "{'registeredAt': -1}")
// the tenants of one kind by name (e.g. the providers to choose from)
@CompoundIndex(name = "kind_name", def = "{'kind': 1, 'name': 1}")
public class Organisation {

    @Id
    private String id;
    private TenantKind kind;
    private String name;
    @Indexed(unique = true, sparse = true)
    private String creditCode;
    private String districtCode;
    private String industryCode;
    private Instant registeredAt;

    protected Organisation() {
    }

    Organisation(String id, TenantKind kind, String name, String creditCode, String districtCode,
            String industryCode, Instant registeredAt) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.creditCode = creditCode;
        this.districtCode = districtCode;
        this.industryCode = industryCode;
        this.registeredAt = registeredAt;
    }

    public String getId() { return id; }
    public TenantKind getKind() { return kind; }
    public String getName() { return name; }
    public String getCreditCode() { return creditCode; }
    public String getDistrictCode() { return districtCode; }
    public String getIndustryCode() { return industryCode; }
    public Instant getRegisteredAt() { return registeredAt; }
}
