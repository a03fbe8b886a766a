/**
 * Peer benchmarks: count, mean and quartiles of the latest submitted scores of SMEs per framework
 * version and segment ({@code all}, industry, size class, district), and how many SMEs are at each
 * published level, kept up to date as assessments are submitted and published, and shown only to
 * k-anonymity ({@link org.uplift.assessment.benchmark.PeerBenchmarks#K} distinct SMEs).
 */
@org.springframework.modulith.NamedInterface("benchmark")
package org.uplift.assessment.benchmark;
