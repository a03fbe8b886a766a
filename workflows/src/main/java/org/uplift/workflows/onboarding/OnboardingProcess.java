package org.uplift.workflows.onboarding;

/** The names the {@code enterprise-onboarding} model and its code share. */
public final class OnboardingProcess {

    public static final String KEY = "enterprise-onboarding";
    public static final String COMPLETE_PROFILE = "completeCompanyProfile";
    public static final String START_FIRST_ASSESSMENT = "startFirstAssessment";
    public static final String PROFILE_IDLE_TIMER = "profileIdle";

    static final String TENANT_ID = "tenantId";
    static final String OWNER_USER_ID = "ownerUserId";
    static final String ORGANISATION_NAME = "organisationName";
    static final String REMINDER_AFTER = "profileReminderAfter";

    private OnboardingProcess() {
    }
}
