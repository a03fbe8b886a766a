package org.uplift.workflows.inbox;

import java.time.Instant;

/**
 * An open task as the home page lists it; {@code formKey} tells the UI which view handles it, and
 * {@code businessKey} what it is about (for the assessment journey: the assessment id).
 */
public record WorkItem(String taskId, String definitionKey, String formKey, String processDefinitionKey,
        Instant created, String businessKey) {
}
