package org.uplift.marketplace.solution;

/** A version of a package was published (or a withdrawn package offered again): the catalogue lists it. */
public record SolutionPublished(String providerTenantId, String packageId, int version) {
}
