package org.uplift.ui.assessment;

/**
 * Where an assessment is shown. By location string, so views can link to the result page without
 * depending on its class.
 */
public final class AssessmentRoutes {

    public static final String HISTORY = "assessments";

    private AssessmentRoutes() {
    }

    public static String wizard(String assessmentId) {
        return HISTORY + "/" + assessmentId;
    }

    public static String result(String assessmentId) {
        return HISTORY + "/" + assessmentId + "/result";
    }
}
