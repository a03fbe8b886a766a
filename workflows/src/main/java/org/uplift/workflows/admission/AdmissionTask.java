package org.uplift.workflows.admission;

import java.time.Instant;

/**
 * An open admission task as the review and appeal lists show it: which application (and sanction), since when,
 * and who has claimed it (null: nobody yet).
 */
public record AdmissionTask(String taskId, String definitionKey, String applicationId, String sanctionId,
        Instant created, String assignee) {
}
