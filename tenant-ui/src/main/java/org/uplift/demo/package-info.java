/**
 * Demo data for the one-command start: an SME, a provider, an authority and the platform operator,
 * one user per role and one API client per tenant. Seeded on embedded defaults (embedded MongoDB, loopback
 * address) or when asked, idempotently; the platform admin's password and API secret are generated.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.uplift.demo;
