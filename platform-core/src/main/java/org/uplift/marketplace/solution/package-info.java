/**
 * Solution packages of digital service providers: the provider's working copy ({@code solution_packages},
 * tenant-owned), drafts, and the immutable numbered versions it publishes ({@code published_solutions},
 * public). Editing a published package opens the draft of its next version; the catalogue keeps showing
 * the published one until the draft is published.
 */
@org.springframework.modulith.NamedInterface("solution")
package org.uplift.marketplace.solution;
