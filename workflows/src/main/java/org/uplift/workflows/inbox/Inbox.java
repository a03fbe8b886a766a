package org.uplift.workflows.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
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

    Inbox(TaskService tasks, RepositoryService repository) {
        this.tasks = tasks;
        this.repository = repository;
    }

    public List<WorkItem> openTasks(String userId, Collection<Role> roles) {
        return query(userId, roles).orderByTaskCreateTime().asc().list().stream().map(this::toItem).toList();
    }

    public Optional<WorkItem> find(String taskId, String userId, Collection<Role> roles) {
        return Optional.ofNullable(query(userId, roles).taskId(taskId).singleResult()).map(this::toItem);
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

    private WorkItem toItem(Task task) {
        String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return new WorkItem(task.getId(), task.getTaskDefinitionKey(), task.getFormKey(), processKey,
                task.getCreateTime().toInstant());
    }
}
