package org.uplift.workflows.subsidy;

/** Names of the {@code subsidy-claim} process: its key, elements and variables. */
public final class ClaimProcess {

    public static final String KEY = "subsidy-claim";

    public static final String FILE_CLAIM = "fileClaim";
    public static final String FILING_DEADLINE_PASSED = "filingDeadlinePassed";
    public static final String FINANCE_APPROVAL = "financeApproval";
    public static final String RECORD_DISBURSEMENT = "recordDisbursement";
    public static final String RELEASE_RESERVATION = "releaseReservation";

    public static final String PAID_END = "claimPaid";
    public static final String CLOSED_UNPAID_END = "claimClosedUnpaid";

    public static final String CLAIM_DEADLINE = "claimDeadline";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";

    private ClaimProcess() {
    }
}
