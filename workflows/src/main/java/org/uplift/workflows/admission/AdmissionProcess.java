package org.uplift.workflows.admission;

/** The names the {@code provider-admission} and {@code provider-sanction} models and their code share. */
public final class AdmissionProcess {

    public static final String KEY = "provider-admission";
    public static final String MARK_APPLIED = "markApplied";
    public static final String EXPERT_REVIEW = "expertReview";
    public static final String RECORD_REJECTION = "recordRejection";
    public static final String ANNOUNCE_INFORMATION_REQUEST = "announceInformationRequest";
    public static final String PROVIDE_INFORMATION = "provideInformation";
    public static final String INFORMATION_DEADLINE_PASSED = "informationDeadlinePassed";
    public static final String LAPSE = "lapseApplication";
    public static final String OPEN_NOTICE = "openPublicNotice";
    /** The event-based gateway where an application waits out its public notice. */
    public static final String PUBLIC_NOTICE = "publicNotice";
    public static final String NOTICE_PASSED = "noticePeriodPassed";
    public static final String OBJECTION_LODGED = "objectionLodged";
    public static final String REOPEN_REVIEW = "reopenReview";
    public static final String ADMIT = "admitProvider";
    public static final String ADMITTED = "providerAdmitted";
    public static final String REJECTED = "applicationRejected";
    public static final String LAPSED = "applicationLapsed";

    public static final String SANCTION_KEY = "provider-sanction";
    public static final String APPLY_SANCTION = "applySanction";
    public static final String LODGE_APPEAL = "lodgeAppeal";
    public static final String APPEAL_WINDOW_PASSED = "appealWindowPassed";
    public static final String REVIEW_APPEAL = "reviewAppeal";
    public static final String LIFT_SANCTION = "liftSanction";
    public static final String CONFIRM_SANCTION = "confirmSanction";
    public static final String REINSTATED = "providerReinstated";
    public static final String APPEAL_REFUSED = "appealRefusedEnd";
    public static final String SANCTION_STANDS = "sanctionStands";

    public static final String APPLICATION_ID = "applicationId";
    public static final String PROVIDER_TENANT_ID = "providerTenantId";
    public static final String AUTHORITY_TENANT_ID = "authorityTenantId";
    public static final String NOTICE_PERIOD = "noticePeriod";
    public static final String OUTCOME = "outcome";
    public static final String INFORMATION_DEADLINE = "informationDeadline";
    public static final String SANCTION_ID = "sanctionId";
    public static final String KIND = "kind";
    public static final String APPEAL_WINDOW = "appealWindow";
    public static final String APPEAL_GRANTED = "appealGranted";

    private AdmissionProcess() {
    }
}
