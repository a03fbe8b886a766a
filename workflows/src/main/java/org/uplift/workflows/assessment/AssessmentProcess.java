package org.uplift.workflows.assessment;

/** The names the {@code maturity-assessment} model and its code share. */
public final class AssessmentProcess {

    public static final String KEY = "maturity-assessment";
    public static final String ANSWER = "answerAssessment";
    public static final String DRAFT_IDLE_TIMER = "draftIdle";
    public static final String SCORE = "scoreAssessment";
    public static final String DECIDE_LEVEL = "decideLevel";
    public static final String RECOMMEND = "recommendImprovements";
    public static final String RECORD_LEVEL = "recordLevel";
    public static final String DIAGNOSIS_GATEWAY = "diagnosisGateway";
    public static final String DIAGNOSE = "diagnose";
    /** The boundary event on {@link #DIAGNOSE}, and the name of the message that triggers it. */
    public static final String DIAGNOSIS_WITHDRAWN = "diagnosisWithdrawn";
    public static final String REMIND_MEMBERS = "remindMembersOfDraft";
    public static final String ANNOUNCE_RESULT = "announceResult";
    public static final String RESULT_PUBLISHED = "resultPublished";

    public static final String TENANT_ID = "tenantId";
    public static final String ASSESSMENT_ID = "assessmentId";
    public static final String STARTED_BY = "startedBy";
    public static final String PREVIOUS_ASSESSMENT_ID = "previousAssessmentId";
    public static final String DRAFT_REMINDER_AFTER = "draftReminderAfter";
    public static final String DIAGNOSIS_REQUESTED = "diagnosisRequested";
    public static final String PROVIDER_TENANT_ID = "providerTenantId";
    public static final String FRAMEWORK_ID = "frameworkId";
    public static final String FRAMEWORK_VERSION = "frameworkVersion";
    public static final String HAS_LEVEL_RULES = "hasLevelRules";
    public static final String LEVEL = "level";

    private AssessmentProcess() {
    }
}
