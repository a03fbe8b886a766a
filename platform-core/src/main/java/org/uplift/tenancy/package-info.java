/**
 * Tenancy: who the current tenant is and how every data access is confined to it.
 * <p>
 * The tenant comes from the authenticated principal and is held in {@link org.uplift.tenancy.TenantContext}
 * (and the log MDC). Documents of classes annotated {@link org.uplift.tenancy.TenantOwned} are filtered,
 * stamped and guarded by one mechanism below the template (see {@code internal}): feature code never
 * writes tenant criteria. Cross-tenant reads go only through {@link org.uplift.tenancy.CrossTenantAccess}
 * with a named reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package org.uplift.tenancy;
