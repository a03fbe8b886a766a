package org.uplift.report;

/**
 * No report for this id: no such assessment in the current tenant (another tenant's id looks exactly like an
 * unknown one), or it is still a draft. Callers answer it as "not found".
 */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String assessmentId) {
        super("No submitted assessment " + assessmentId + " in the current tenant");
    }
}
