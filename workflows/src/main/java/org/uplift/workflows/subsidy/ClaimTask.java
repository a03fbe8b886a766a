package org.uplift.workflows.subsidy;

import java.time.Instant;

/** An open finance approval as the finance inbox shows it: which claim, since when, who claimed it (null: nobody). */
public record ClaimTask(String taskId, String applicationId, Instant created, String assignee) {
}
