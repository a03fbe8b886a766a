/**
 * Security wiring: the embedded OIDC issuer (or an external one), the filter chains for the UI,
 * the API, the Camunda webapps and actuator, the principal every feature sees, and the tenant
 * context taken from it on every request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.uplift.security;
