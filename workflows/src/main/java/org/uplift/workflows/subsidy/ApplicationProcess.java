package org.uplift.workflows.subsidy;

/** Names of the {@code subsidy-application} process: its key, elements and variables. */
public final class ApplicationProcess {

    public static final String KEY = "subsidy-application";

    public static final String CHECK_ELIGIBILITY = "checkEligibility";
    public static final String DISTRICT_RECOMMENDATION = "subsidyDistrictReview";
    public static final String EXPERT_REVIEW = "subsidyExpertReview";
    public static final String PROVIDE_INFORMATION = "subsidyInformation";
    public static final String INFORMATION_DEADLINE_PASSED = "informationDeadlinePassed";
    public static final String ROUTE_REVIEW = "routeReview";
    public static final String SENIOR_REVIEW = "subsidySeniorReview";
    public static final String RESERVE_BUDGET = "reserveBudget";
    public static final String ACCEPT_OFFER = "subsidyOfferAcceptance";
    public static final String START_IMPLEMENTATION = "startImplementation";
    public static final String IMPLEMENTATION = "implementation";
    public static final String REQUEST_ACCEPTANCE = "subsidyAcceptanceRequest";
    public static final String EXTENSION_DECISION = "subsidyExtensionDecision";
    public static final String DEADLINE_APPROACHING = "deadlineApproaching";
    public static final String DEADLINE_PASSED = "implementationDeadlinePassed";
    public static final String EXPIRE = "expireApplication";
    public static final String ON_SITE_EVALUATION = "subsidyOnSiteEvaluation";
    public static final String SETTLE_ACCEPTANCE = "settleAcceptance";
    public static final String EXTENSION_REQUESTED_MESSAGE = "subsidyExtensionRequested";

    public static final String INELIGIBLE_END = "closedIneligible";
    public static final String REJECTED_END = "applicationRejected";
    public static final String WITHDRAWN_END = "applicationWithdrawn";
    public static final String WARNED_END = "deadlineWarned";
    public static final String EXPIRED_END = "applicationExpired";
    public static final String ACCEPTANCE_FAILED_END = "acceptanceFailed";
    public static final String ACCEPTED_END = "acceptedOnSite";

    public static final String APPLICATION_ID = "applicationId";
    public static final String AUTHORITY_TENANT_ID = "authorityTenantId";
    public static final String SME_TENANT_ID = "smeTenantId";
    public static final String ELIGIBLE = "eligible";
    public static final String OUTCOME = "outcome";
    public static final String EXPERT_REVIEWER = "expertReviewer";
    public static final String INFORMATION_DEADLINE = "informationDeadline";
    public static final String SENIOR_REQUIRED = "seniorReviewRequired";
    public static final String RESERVED = "budgetReserved";
    public static final String IMPLEMENTATION_DEADLINE = "implementationDeadline";
    public static final String IMPLEMENTATION_WARNING = "implementationWarning";
    public static final String ACCEPTED = "accepted";

    private ApplicationProcess() {
    }
}
