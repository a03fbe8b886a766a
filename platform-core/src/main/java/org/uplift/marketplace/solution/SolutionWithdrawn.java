package org.uplift.marketplace.solution;

/** A package is offered no more: the catalogue drops it. Its published versions stay readable. */
public record SolutionWithdrawn(String providerTenantId, String packageId) {
}
