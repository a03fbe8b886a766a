package org.uplift.marketplace.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A milestone of the engagement, from the accepted answer, due on a date counted from the start, with its
 * delivery: the provider's latest note and evidence, the SME's confirmation or the reason it was sent back.
 * Immutable: each step makes the next value.
 */
public record EngagementMilestone(String title, String deliverable, LocalDate due, MilestoneState state,
        String deliveryNote, List<MilestoneEvidence> evidence, Instant deliveredAt, String deliveredBy,
        String sendBackReason, Instant decidedAt, String decidedBy) {

    @PersistenceCreator
    public EngagementMilestone {
        state = state == null ? MilestoneState.OPEN : state;
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A milestone not yet delivered. */
    public EngagementMilestone(String title, String deliverable, LocalDate due) {
        this(title, deliverable, due, MilestoneState.OPEN, null, List.of(), null, null, null, null, null);
    }

    EngagementMilestone delivered(String note, List<MilestoneEvidence> files, String by, Instant at) {
        return new EngagementMilestone(title, deliverable, due, MilestoneState.DELIVERED, note, files, at, by,
                sendBackReason, null, null);
    }

    EngagementMilestone confirmed(String by, Instant at) {
        return new EngagementMilestone(title, deliverable, due, MilestoneState.CONFIRMED, deliveryNote, evidence,
                deliveredAt, deliveredBy, null, at, by);
    }

    EngagementMilestone sentBack(String reason, String by, Instant at) {
        return new EngagementMilestone(title, deliverable, due, MilestoneState.SENT_BACK, deliveryNote, evidence,
                deliveredAt, deliveredBy, reason, at, by);
    }

    /** Past its due date (a day in China) and not confirmed. */
    public boolean isOverdue(LocalDate today) {
        return state != MilestoneState.CONFIRMED && due != null && today.isAfter(due);
    }
}
