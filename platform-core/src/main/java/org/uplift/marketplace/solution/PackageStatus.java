package org.uplift.marketplace.solution;

/** DRAFT (never published) → PUBLISHED (its latest version is offered) ⇄ WITHDRAWN (offered no more). */
public enum PackageStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
