/**
 * The solution marketplace: digital service providers' solution packages, the catalogue SMEs search, and
 * packages recommended from an SME's assessment gaps.
 * <ul>
 * <li>{@code solution}: a provider's packages. The working copy with its draft lives in
 * {@code solution_packages}, tenant-owned (a provider never sees another's drafts). Publishing writes an
 * immutable, numbered version to {@code published_solutions}; quotes and engagements refer to
 * {@code packageId} + {@code version}.</li>
 * <li>{@code pool}: each provider's standing in the provider pool ({@code provider_standings}). Only an
 * ADMITTED provider's packages are public and subsidisable.</li>
 * <li>{@code catalogue}: the projection {@code catalogue_entries} (latest published version of each
 * package, listed or withdrawn, provider admitted or not) and its Lucene search index.</li>
 * <li>{@code recommendation}: packages ranked by how much of the gap to the next level they close.</li>
 * </ul>
 * <b>How published packages reach every tenant.</b> {@code published_solutions}, {@code catalogue_entries}
 * and {@code provider_standings} are platform-level collections, not tenant-owned: what they hold is public
 * by nature (an offer in a public catalogue, a provider's public standing), every tenant's catalogue reads
 * them, and the SME's quote must read the version it was made on after the provider has withdrawn it. No
 * {@code CrossTenantAccess} is needed, because nothing private is read across tenants: each is written by
 * exactly one service ({@code SolutionPackages}, {@code Catalogue}, {@code ProviderPool}) from the
 * provider's own (tenant-scoped) package or from the pool's decisions, and each document names its
 * provider. A provider's drafts, history of edits and who edited them stay in its tenant-owned
 * {@code solution_packages}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Marketplace")
package org.uplift.marketplace;
