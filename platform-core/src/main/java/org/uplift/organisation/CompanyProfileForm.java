package org.uplift.organisation;

import java.math.BigDecimal;

import org.uplift.validation.Violations;

/** The company profile as entered; {@link #check} lists every problem at once. */
public record CompanyProfileForm(String industryCode, String districtCode, Integer employees,
        BigDecimal annualRevenue, String mainProducts) {

    public static final int MAX_PRODUCTS_LENGTH = 500;

    public void check(Violations violations) {
        violations.check(IndustryCatalog.isKnown(industryCode), "industryCode", "validation.industry.unknown");
        violations.check(DistrictCatalog.isKnown(districtCode), "districtCode", "validation.district.unknown");
        violations.check(employees != null && employees >= 1 && employees <= 1_000_000, "employees",
                "validation.employees.range");
        violations.check(annualRevenue != null && annualRevenue.signum() >= 0
                && annualRevenue.compareTo(BigDecimal.valueOf(100_000_000)) < 0, "annualRevenue",
                "validation.revenue.range");
        violations.requireText(mainProducts, "mainProducts");
        violations.check(mainProducts == null || mainProducts.length() <= MAX_PRODUCTS_LENGTH, "mainProducts",
                "validation.tooLong", MAX_PRODUCTS_LENGTH);
    }
}
