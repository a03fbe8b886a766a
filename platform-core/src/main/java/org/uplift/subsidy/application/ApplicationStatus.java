package org.uplift.subsidy.application;

import java.util.Set;

/** Where an application stands; the closed ones end the journey. */
public enum ApplicationStatus {
    /** Waiting for the eligibility rules. */
    SUBMITTED,
    /** Closed by the eligibility rules, with their reasons. */
    INELIGIBLE,
    DISTRICT_REVIEW,
    EXPERT_REVIEW,
    /** The SME was asked for more information by a deadline. */
    INFORMATION_REQUESTED,
    SENIOR_REVIEW,
    /** Approved; the amount is being reserved. */
    APPROVED,
    /** Approved, but the programme's budget could not cover it: back at expert review. */
    BUDGET_EXHAUSTED,
    /** Reserved; the SME's owner may accept the offer. */
    OFFERED,
    /** The owner accepted the offer (备案): the project is being implemented until its deadline. */
    REGISTERED,
    /** The implementation deadline passed without an acceptance request; the reservation is released. */
    EXPIRED,
    /** The SME asked for the on-site acceptance with its T1 assessment and actual costs. */
    ACCEPTANCE_REQUESTED,
    /** Accepted on site: the level is confirmed and the amount final; the claim follows. */
    ACCEPTED,
    /** The confirmed level is below the programme's minimum; the reservation is released. */
    ACCEPTANCE_FAILED,
    /** Rejected: retrospective, or by a reviewer, with the reason. */
    REJECTED,
    /** No answer to a request for information by its deadline. */
    WITHDRAWN;

    private static final Set<ApplicationStatus> CLOSED = Set.of(INELIGIBLE, REJECTED, WITHDRAWN, EXPIRED,
            ACCEPTANCE_FAILED);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** The review stage a reviewer decides in this status, if any. */
    public ReviewStage stage() {
        return switch (this) {
            case DISTRICT_REVIEW -> ReviewStage.DISTRICT;
            case EXPERT_REVIEW, BUDGET_EXHAUSTED -> ReviewStage.EXPERT;
            case SENIOR_REVIEW -> ReviewStage.SENIOR;
            default -> null;
        };
    }
}
