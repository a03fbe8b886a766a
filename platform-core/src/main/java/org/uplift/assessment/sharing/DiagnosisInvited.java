package org.uplift.assessment.sharing;

/**
 * Announced when an SME invites the provider it shared an assessment with to diagnose it. Published
 * synchronously: a listener that finds it too late for a diagnosis refuses by throwing, and the
 * invitation is taken back.
 */
public record DiagnosisInvited(String smeTenantId, String assessmentId, String providerTenantId) {
}
