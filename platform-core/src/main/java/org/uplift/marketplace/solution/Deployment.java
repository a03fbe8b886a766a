package org.uplift.marketplace.solution;

/** Where the solution runs. */
public enum Deployment {
    SAAS, ON_PREMISES
}
