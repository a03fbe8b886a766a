package org.uplift.marketplace.engagement;

/** ACTIVE from the accepted quote on; completion comes with milestone confirmation (a later slice). */
public enum EngagementStatus {
    ACTIVE
}
