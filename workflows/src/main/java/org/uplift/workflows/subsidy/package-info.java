/**
 * The subsidy rules as DMN ({@code dmn/subsidy}: {@code subsidy-eligibility}, {@code subsidy-amount},
 * {@code review-routing}), deployed per authority tenant, and the estimate built on them. The application
 * process (BPMN {@code subsidy-application}) will live here too.
 */
@org.springframework.modulith.NamedInterface("subsidy")
package org.uplift.workflows.subsidy;
