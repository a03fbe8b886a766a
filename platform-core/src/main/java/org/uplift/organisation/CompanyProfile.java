package org.uplift.organisation;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** An SME's facts that benchmarks and subsidy eligibility rely on. One per enterprise tenant. */
@TenantOwned
@Document("company_profiles")
public class CompanyProfile {

    @Id
    private String id;
    @Indexed(unique = true)
    private String tenantId;
    private String industryCode;
    private String districtCode;
    private int employees;
    /** 万元 (ten thousand yuan), as Chinese statistics report revenue. */
    private BigDecimal annualRevenue;
    private String mainProducts;
    private Instant updatedAt;

    protected CompanyProfile() {
    }

    CompanyProfile(CompanyProfileForm form, Instant now) {
        apply(form, now);
    }

    void apply(CompanyProfileForm form, Instant now) {
        this.industryCode = form.industryCode();
        this.districtCode = form.districtCode();
        this.employees = form.employees();
        this.annualRevenue = form.annualRevenue();
        this.mainProducts = form.mainProducts().trim();
        this.updatedAt = now;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getIndustryCode() { return industryCode; }
    public String getDistrictCode() { return districtCode; }
    public int getEmployees() { return employees; }
    public BigDecimal getAnnualRevenue() { return annualRevenue; }
    public String getMainProducts() { return mainProducts; }
    public Instant getUpdatedAt() { return updatedAt; }

    public SizeClass sizeClass() {
        return SizeClass.of(employees, annualRevenue);
    }
}
