/**
 * The provider pool (服务商资源池), minimally for now: each provider's standing (APPLIED, ADMITTED, SUSPENDED,
 * REMOVED) in {@code provider_standings}, which decides whether its packages are public and subsidisable.
 */
@org.springframework.modulith.NamedInterface("pool")
package org.uplift.marketplace.pool;
