/**
 * The subsidy rules as DMN ({@code dmn/subsidy}: {@code subsidy-eligibility}, {@code subsidy-amount},
 * {@code review-routing}), deployed per authority tenant, and the estimate built on them; the application
 * process (BPMN {@code subsidy-application}, {@link org.uplift.workflows.subsidy.ApplicationWork}) and the claim
 * process (BPMN {@code subsidy-claim}, {@link org.uplift.workflows.subsidy.ClaimWork}).
 */
@org.springframework.modulith.NamedInterface("subsidy")
package org.uplift.workflows.subsidy;
