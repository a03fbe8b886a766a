package org.uplift.workflows.quote;

import java.util.Collection;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.inbox.Inbox;

/**
 * The provider's answer task of a quote request, as its consultants and admins see it: who claimed it, and
 * claiming it. The task belongs to the SME's tenant; it is found here only through the current tenant's groups.
 */
@Service
public class QuoteTasks {

    public static final String NOT_OPEN = "quote.task.notOpen";

    private final TaskService tasks;

    QuoteTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    /** Who of the current provider claimed its task for this request; empty when unclaimed or not open. */
    public Optional<String> claimedBy(String requestId, Collection<Role> roles) {
        return task(requestId, roles).map(Task::getAssignee);
    }

    /** Claims the current provider's task for this request for the user (taking it over from a colleague). */
    public void claim(String requestId, String userId, Collection<Role> roles) {
        Task task = task(requestId, roles)
                .orElseThrow(() -> new InputRejectedException(Violation.of("id", NOT_OPEN)));
        tasks.setAssignee(task.getId(), userId);
    }

    private Optional<Task> task(String requestId, Collection<Role> roles) {
        var groups = roles.stream().filter(r -> r == Role.PROVIDER_CONSULTANT || r == Role.PROVIDER_ADMIN)
                .map(r -> Inbox.group(TenantContext.require(), r)).toList();
        if (requestId == null || groups.isEmpty()) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().active().processDefinitionKey(QuoteProcess.KEY)
                .processInstanceBusinessKey(requestId).taskDefinitionKey(QuoteProcess.ANSWER)
                .taskCandidateGroupIn(groups).includeAssignedTasks().list().stream().findFirst();
    }
}
