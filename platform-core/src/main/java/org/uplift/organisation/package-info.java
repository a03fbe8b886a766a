/**
 * Organisations (the tenants themselves): registration of SMEs and providers with their unified
 * social credit code, creation of authority and platform tenants by a platform admin, and the SME's
 * company profile that benchmarks and eligibility rely on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package org.uplift.organisation;
