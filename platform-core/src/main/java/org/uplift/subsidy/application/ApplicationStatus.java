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
    /** The owner accepted the offer (备案). */
    REGISTERED,
    /** Rejected: retrospective, or by a reviewer, with the reason. */
    REJECTED,
    /** No answer to a request for information by its deadline. */
    WITHDRAWN;

    private static final Set<ApplicationStatus> CLOSED = Set.of(INELIGIBLE, REJECTED, WITHDRAWN);

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
