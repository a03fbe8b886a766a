/**
 * Subsidy programmes of an authority (城市/区县专项), their budget ledger and the hash-chained audit trail.
 * <ul>
 * <li>{@code programme}: the manager's working copy in {@code programmes} (tenant-owned by the authority, so
 * drafts stay private) and, once opened, its public terms in {@code published_programmes} (platform-level,
 * keyed by the programme id, written only by {@code Programmes}), which every signed-in tenant reads for
 * estimates and listings without any cross-tenant read.</li>
 * <li>{@code ledger}: one budget document per programme ({@code programme_budgets}), changed only by
 * single-document conditional updates, and an append-only movement per idempotency key
 * ({@code budget_movements}).</li>
 * <li>{@code audit}: append-only records chained by SHA-256 per subject, with a verification.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subsidy")
package org.uplift.subsidy;
