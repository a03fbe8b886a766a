/**
 * Admission to an authority's provider pool (入库申请): a provider's {@link org.uplift.marketplace.admission.PoolApplication}
 * with its qualifications and certificate scans, the authority's expert review, the public notice and its
 * objections, and the sanctions (warn, suspend, remove) with one appeal each. The BPMN {@code provider-admission}
 * and {@code provider-sanction} (workflows) drive the steps; {@link org.uplift.marketplace.admission.PoolApplications}
 * decides who may take each one and keeps the record.
 */
@org.springframework.modulith.NamedInterface("admission")
package org.uplift.marketplace.admission;
