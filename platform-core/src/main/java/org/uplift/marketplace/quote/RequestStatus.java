package org.uplift.marketplace.quote;

/** An SME's quote request: a DRAFT (members may prepare it), OPEN once the owner sent it, then ACCEPTED or EXPIRED. */
public enum RequestStatus {
    DRAFT, OPEN, ACCEPTED, EXPIRED
}
