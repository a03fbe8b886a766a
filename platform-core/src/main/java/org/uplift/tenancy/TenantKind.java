package org.uplift.tenancy;

/** The four kinds of organisation that share the platform. */
public enum TenantKind {
    /** A small or medium manufacturer (中小企业). */
    ENTERPRISE,
    /** A digital service provider (数字化服务商). */
    PROVIDER,
    /** A city or district government body that runs subsidy programmes. */
    AUTHORITY,
    /** The operator of the platform itself. */
    PLATFORM
}
