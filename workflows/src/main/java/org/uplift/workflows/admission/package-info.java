/**
 * The {@code provider-admission} and {@code provider-sanction} processes: starting them from the marketplace's
 * admission events, their delegates, and {@link org.uplift.workflows.admission.AdmissionWork}, through which the
 * UI claims and completes their tasks. Exposed to the UI as the module's named interface "admission".
 */
@org.springframework.modulith.NamedInterface("admission")
package org.uplift.workflows.admission;
