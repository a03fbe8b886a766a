package org.uplift.workflows.subsidy;

import java.time.Duration;
import java.time.Instant;

/** Where a review task stands against its due date, as the inbox's badge shows it. */
public enum SlaStanding {
    ON_TIME,
    DUE_SOON,
    OVERDUE;

    public static SlaStanding of(Instant due, Instant now, Duration dueSoon) {
        if (due == null) {
            return ON_TIME;
        }
        if (!now.isBefore(due)) {
            return OVERDUE;
        }
        return now.plus(dueSoon).isBefore(due) ? ON_TIME : DUE_SOON;
    }
}
