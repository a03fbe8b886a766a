package org.uplift.marketplace.admission;

/**
 * Where a pool application is: under expert review, waiting for the provider's answer to a request for
 * information, in its public notice, or decided (admitted, rejected, lapsed for want of an answer).
 */
public enum ApplicationStatus {
    UNDER_REVIEW, INFORMATION_REQUESTED, IN_NOTICE, ADMITTED, REJECTED, LAPSED;

    /** Still being decided: the provider may not apply a second time meanwhile. */
    public boolean isOpen() {
        return this == UNDER_REVIEW || this == INFORMATION_REQUESTED || this == IN_NOTICE;
    }
}
