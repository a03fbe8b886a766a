/**
 * The provider's side of the assessment journey's diagnosis: whether the current provider tenant has an
 * open diagnosis task for an assessment, and completing it with the consultant's notes. Exposed to the UI
 * as the module's named interface "diagnosis".
 */
@org.springframework.modulith.NamedInterface("diagnosis")
package org.uplift.workflows.diagnosis;
