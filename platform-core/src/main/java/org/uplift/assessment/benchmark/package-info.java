/**
 * Peer benchmarks: count, mean and quartiles of the latest submitted scores of vouched SMEs per framework
 * version and {@link org.uplift.assessment.benchmark.Segment} (all, industry, size class, district), and how
 * many are at each published level; constant-size per segment, updated atomically, and shown only as released
 * snapshots under the disclosure-control rule of {@link org.uplift.assessment.benchmark.PeerBenchmarks}.
 */
@org.springframework.modulith.NamedInterface("benchmark")
package org.uplift.assessment.benchmark;
