package org.uplift.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * The invited service provider's diagnosis of an assessment: notes per dimension, written by one of its
 * consultants while the journey's diagnosis task is open, read by the SME.
 *
 * @param notes       dimension key → note
 * @param completedAt when the consultant completed the diagnosis; null while it is still open
 */
public record Diagnosis(String providerTenantId, Map<String, String> notes, String diagnosedBy, Instant updatedAt,
        Instant completedAt) {

    public Diagnosis {
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
