package org.uplift.workflows.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;

/** The current user's open tasks in the current tenant. */
@Service
public class Inbox {

    private final TaskService tasks;
    private final RepositoryService repository;
    private final RuntimeService runtime;

    Inbox(TaskService tasks, RepositoryService repository, RuntimeService runtime) {
        this.tasks = tasks;
        this.repository = repository;
        this.runtime = runtime;
    }

    public List<WorkItem> openTasks(String userId, Collection<Role> roles) {
        return toItems(query(userId, roles).orderByTaskCreateTime().asc().list());
    }

    public Optional<WorkItem> find(String taskId, String userId, Collection<Role> roles) {
        return Optional.ofNullable(query(userId, roles).taskId(taskId).singleResult())
                .flatMap(task -> toItems(List.of(task)).stream().findFirst());
    }

    private TaskQuery query(String userId, Collection<Role> roles) {
        String tenant = TenantContext.require();
        String[] groups = roles.stream().map(role -> group(tenant, role)).toArray(String[]::new);
        TaskQuery query = tasks.createTaskQuery().tenantIdIn(tenant).active().initializeFormKeys();
        return groups.length == 0 ? query.taskAssignee(userId)
                : query.or().taskAssignee(userId).taskCandidateGroupIn(List.of(groups)).endOr();
    }

    public static String group(String tenantId, Role role) {
        return tenantId + ":" + role.name();
    }

    private List<WorkItem> toItems(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(instance -> instance.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return found.stream().map(task -> new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getFormKey(),
                repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(),
                task.getCreateTime().toInstant(), businessKeys.get(task.getProcessInstanceId()))).toList();
    }
}
