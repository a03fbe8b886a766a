/**
 * The JSON API under {@code /api/v1}: JWT bearer tokens from the platform's issuer (people or API
 * clients), the tenant from the token, RFC 7807 problem details for every refusal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package org.uplift.api;
