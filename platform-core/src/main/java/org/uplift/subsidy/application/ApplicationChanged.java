package org.uplift.subsidy.application;

/**
 * An application moved: the action recorded (as in its history, e.g. {@code OFFERED}, {@code REJECTED_EXPERT}) and
 * the status it is in now. Published after both copies were written, in the thread that changed it.
 */
public record ApplicationChanged(String applicationId, String smeTenantId, String authorityTenantId, String action,
        ApplicationStatus status) {
}
