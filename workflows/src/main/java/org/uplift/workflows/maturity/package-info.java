/**
 * The overall maturity level as a business rule: the DMN decision {@code maturity-level}, versioned
 * with the framework it belongs to (version tag {@code <frameworkId>:<version>}), and the level gates
 * read back from the same table for the gap analysis.
 */
@org.springframework.modulith.NamedInterface("maturity")
package org.uplift.workflows.maturity;
