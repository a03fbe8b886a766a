/**
 * The {@code engagement-milestones} process: one per engagement, in the SME's tenant, with an overdue timer per
 * milestone at its due date that tells both sides unless the SME's owner confirmed it first.
 */
package org.uplift.workflows.engagement;
