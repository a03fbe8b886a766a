package org.uplift.workflows.subsidy;

import java.time.Instant;

/**
 * An open review task of an application as the inbox shows it: which stage, which application, since when,
 * who claimed it (null: nobody yet), and when it is due ({@link ReviewSla}).
 */
public record ApplicationTask(String taskId, String stage, String applicationId, Instant created, String assignee,
        Instant due) {

    public SlaStanding standing(Instant now, java.time.Duration dueSoon) {
        return SlaStanding.of(due, now, dueSoon);
    }
}
