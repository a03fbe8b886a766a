package org.uplift.marketplace.engagement;

/** ACTIVE from the accepted quote on; COMPLETED when the SME's owner confirms completion after every milestone. */
public enum EngagementStatus {
    ACTIVE, COMPLETED
}
