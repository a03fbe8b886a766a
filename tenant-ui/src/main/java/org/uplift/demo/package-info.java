/**
 * Demo data for the one-command start: an SME, a provider, an authority and the platform operator,
 * one user per role and one API client per tenant. Seeded on embedded defaults, idempotently.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.uplift.demo;
