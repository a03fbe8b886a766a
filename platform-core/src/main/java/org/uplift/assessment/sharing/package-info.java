/**
 * Sharing an assessment with a digital service provider, and the provider's diagnosis.
 * <p>
 * An SME's owner shares one of its assessments with a provider tenant (and may invite it to diagnose)
 * and can revoke the share at any time. Share records live in {@code assessment_shares}, a two-party
 * collection (not tenant-owned: both the SME and the provider must find their shares) that only
 * {@link org.uplift.assessment.sharing.AssessmentShares} (the SME's side, always keyed by the current
 * tenant as the SME) and {@link org.uplift.assessment.sharing.SharedAssessments} (the provider's side,
 * always keyed by the current tenant as the provider) read and write. The assessment itself stays
 * tenant-owned: the provider reaches it only through {@link org.uplift.tenancy.CrossTenantAccess}, after
 * checking, on every read, that the share is active.
 */
@org.springframework.modulith.NamedInterface("sharing")
package org.uplift.assessment.sharing;
