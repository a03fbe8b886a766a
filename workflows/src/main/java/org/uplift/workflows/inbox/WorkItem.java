package org.uplift.workflows.inbox;

import java.time.Instant;

/**
 * An open task as the home page lists it; {@code formKey} tells the UI which view handles it, and the
 * process's {@code businessKey} what it is about (the assessment id of an assessment journey).
 */
public record WorkItem(String taskId, String definitionKey, String formKey, String processDefinitionKey,
        Instant created, String businessKey) {
}
