package org.uplift.marketplace.engagement;

/**
 * Where a milestone stands: OPEN until the provider delivers it, DELIVERED until the SME's owner confirms it
 * (CONFIRMED, final) or sends it back with a reason (SENT_BACK, to be delivered again).
 */
public enum MilestoneState {
    OPEN, DELIVERED, SENT_BACK, CONFIRMED;

    /** Whether the provider may deliver the milestone now. */
    public boolean awaitsDelivery() {
        return this == OPEN || this == SENT_BACK;
    }
}
