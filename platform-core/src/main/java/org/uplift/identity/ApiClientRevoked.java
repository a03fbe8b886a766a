package org.uplift.identity;

/** Announced when a tenant revokes one of its API clients: whoever caches "still active" drops it. */
public record ApiClientRevoked(String tenantId, String clientId) {
}
