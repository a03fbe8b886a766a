package org.uplift.marketplace.admission;

/**
 * What an authority's programme manager may impose on an admitted provider. A removal suspends the provider at
 * once and becomes final only when its appeal is refused or the appeal window passes.
 */
public enum SanctionKind {
    WARN, SUSPEND, REMOVE
}
