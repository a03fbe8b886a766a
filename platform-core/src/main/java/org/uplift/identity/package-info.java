/**
 * Identity: user accounts, their memberships and roles in a tenant, invitations to a team, machine
 * (API) clients, and the guard against password guessing. Passwords and client secrets are stored
 * only as hashes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.uplift.identity;
