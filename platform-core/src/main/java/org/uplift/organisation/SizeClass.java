package org.uplift.organisation;

import java.math.BigDecimal;

/**
 * Enterprise size for industry (工业), per 工信部联企业〔2011〕300号: the larger class is reached only when
 * both employees and annual revenue (万元) reach its floor.
 */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE;

    public static SizeClass of(int employees, BigDecimal annualRevenueTenThousandYuan) {
        double revenue = annualRevenueTenThousandYuan.doubleValue();
        if (employees >= 1000 && revenue >= 40000) {
            return LARGE;
        }
        if (employees >= 300 && revenue >= 2000) {
            return MEDIUM;
        }
        if (employees >= 20 && revenue >= 300) {
            return SMALL;
        }
        return MICRO;
    }
}
