/**
 * Test only: proves that every query the platform sends MongoDB during the tests is covered by an index it declares
 * (issue 10). {@link org.uplift.persistence.coverage.CapturedCommands} records the query shapes,
 * {@link org.uplift.persistence.coverage.IndexCoverage} judges them and
 * {@link org.uplift.persistence.coverage.QueryCoverageCheck} fails the test class that sent an uncovered one;
 * {@link org.uplift.persistence.coverage.ShardingPlanTest} keeps the sharding plan in docs/architecture.md true.
 */
package org.uplift.persistence.coverage;
