package org.uplift.workflows.inbox;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.context.annotation.Lazy;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;

/**
 * The current user's open tasks: those of the current tenant assigned to the user or offered to one of
 * its groups, and those of other tenants' processes that explicitly offer themselves to one of the current
 * tenant's groups (an SME's journey asking its invited provider's consultants to diagnose). Groups are
 * always qualified by their tenant ({@code <tenantId>:<ROLE>}), so no other tenant's task can match.
 */
@Service
public class Inbox {

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final Actors actors;

    Inbox(TaskService tasks, RepositoryService repository, RuntimeService runtime, @Lazy Actors actors) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
        this.actors = actors;
    }

    /** The current actor's open tasks, oldest first. */
    public List<WorkItem> openTasks() {
        return toItems(find(UnaryOperator.identity()));
    }

    /** One of the current actor's open tasks. */
    public Optional<WorkItem> find(String taskId) {
        return toItems(find(query -> query.taskId(taskId))).stream().findFirst();
    }

    private List<Task> find(UnaryOperator<TaskQuery> narrow) {
        String tenant = TenantContext.require();
        Actor actor = actors.current();
        String userId = actor.userId();
        Collection<Role> roles = actor.roles();
        Map<String, Task> found = new LinkedHashMap<>();
        narrow.apply(open().tenantIdIn(tenant).taskAssignee(userId)).list().forEach(t -> found.put(t.getId(), t));
        List<String> groups = roles.stream().map(role -> group(tenant, role)).toList();
        if (!groups.isEmpty()) {
            narrow.apply(open().taskCandidateGroupIn(groups)).list().forEach(t -> found.putIfAbsent(t.getId(), t));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId)).toList();
    }

    private TaskQuery open() {
        return tasks.createTaskQuery().active().initializeFormKeys();
    }

    public static String group(String tenantId, Role role) {
        return tenantId + ":" + role.name();
    }

    private List<WorkItem> toItems(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(pi -> pi.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return found.stream().map(task -> new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getFormKey(),
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(),
                task.getCreateTime().toInstant(), businessKeys.get(task.getProcessInstanceId()))).toList();
    }
}
