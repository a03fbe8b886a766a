package org.uplift.subsidy.claim;

/**
 * Where a claim stands. AWAITING_CLAIM until the owner files; FILED until finance decides; APPROVED while the
 * disbursement is being recorded; PAID (closed), REJECTED, EXPIRED (not filed by the deadline) or CLAWED_BACK.
 */
public enum ClaimStatus {
    AWAITING_CLAIM, FILED, APPROVED, PAID, REJECTED, EXPIRED, CLAWED_BACK;

    public boolean isClosed() {
        return this == PAID || this == REJECTED || this == EXPIRED || this == CLAWED_BACK;
    }
}
