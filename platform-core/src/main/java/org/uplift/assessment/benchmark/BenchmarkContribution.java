package org.uplift.assessment.benchmark;

import org.bson.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.uplift.tenancy.TenantOwned;

/**
 * The shape of a {@value ContributionChanges#CONTRIBUTIONS} document: one SME's contribution to the peer benchmarks of
 * one framework version. Tenant-owned: it is the SME's own data, so every access is confined to the SME by the
 * tenancy layer and goes through the unique index {@code tenantId, frameworkId, version} (the only query shape).
 * {@link ContributionChanges} reads and writes it as a plain BSON document; this class declares the collection as
 * tenant-owned and its index.
 */
@org.springframework.data.mongodb.core.mapping.Document(ContributionChanges.CONTRIBUTIONS)
@CompoundIndex(name = ContributionChanges.CONTRIBUTION_INDEX, def = "{'tenantId': 1, 'frameworkId': 1, 'version': 1}",
        unique = true)
@TenantOwned
final class BenchmarkContribution {

    private String id;
    private String tenantId;
    private String frameworkId;
    private String version;
    /** How many changes were started on it; a change claims the next number (compare-and-set). */
    private long sequence;
    /** The contribution counted now (see {@code ContributionState}), absent before the first change is applied. */
    private Document current;
    /** The change being applied: its id, the state it leads to, the segments already done. */
    private Document pending;
    /** Segment → the release epoch in which this SME was last counted as changed there. */
    private Document epochs;

    private BenchmarkContribution() {
    }
}
