package org.uplift.workflows.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.subsidy.claim.ClaimFiling;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.inbox.TaskGroups;

/**
 * The claim tasks as the current user works them: the SME's owner files the claim; the authority's finance officers
 * list, claim and decide the finance approvals offered to their group ({@code <authority>:FINANCE_OFFICER}). Each
 * step is recorded by {@link SubsidyClaims} (which checks who may) before its task is completed.
 */
@Service
public class ClaimWork {

    private static final Set<Role> FINANCE = Set.of(Role.FINANCE_OFFICER);

    private final TaskService tasks;
    private final SubsidyClaims claims;
    private final Actors actors;
    private final TaskGroups taskGroups;

    ClaimWork(TaskService tasks, SubsidyClaims claims, @Lazy Actors actors, TaskGroups taskGroups) {
        this.tasks = tasks;
        this.claims = claims;
        this.actors = actors;
        this.taskGroups = taskGroups;
    }

    // ---- the SME's owner ----

    /** Whether the current user may file this claim now (the SME's owner, the filing task open). */
    public boolean awaitsFiling(String applicationId) {
        return fileTask(applicationId).isPresent();
    }

    public SubsidyClaim file(String applicationId, ClaimFiling filing) {
        Task task = fileTask(applicationId)
                .orElseThrow(() -> rejected("claim", SubsidyClaims.NOT_AWAITING));
        SubsidyClaim filed = claims.file(applicationId, filing);
        tasks.complete(task.getId());
        return filed;
    }

    // ---- the authority's finance ----

    /** The open finance approvals offered to the current user in its own authority, oldest first. */
    public List<ClaimTask> approvals() {
        List<String> groups = taskGroups.ofActor(FINANCE);
        if (groups.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().active().processDefinitionKey(ClaimProcess.KEY)
                .taskDefinitionKey(ClaimProcess.FINANCE_APPROVAL).taskCandidateGroupIn(groups).includeAssignedTasks()
                .orderByTaskCreateTime().asc().list().stream()
                .map(t -> new ClaimTask(t.getId(), taskGroups.businessKeyOf(t), t.getCreateTime().toInstant(),
                        t.getAssignee()))
                .toList();
    }

    public Optional<ClaimTask> approval(String applicationId) {
        return approvals().stream().filter(t -> t.applicationId().equals(applicationId)).findFirst();
    }

    public void claim(String taskId) {
        Task task = offered(taskId);
        String me = actors.current().userId();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw rejected("task", ApplicationWork.CLAIMED_BY_OTHER);
        }
        tasks.setAssignee(task.getId(), me);
    }

    /** Approves with the disbursement; the process then pays it. */
    public SubsidyClaim approve(String applicationId, long amountFen, LocalDate paidOn, String reference) {
        Task task = decidable(applicationId);
        SubsidyClaim approved = claims.approve(applicationId, amountFen, paidOn, reference);
        tasks.complete(task.getId(), Map.of(ApplicationProcess.OUTCOME, ClaimProcess.APPROVE));
        return approved;
    }

    /** Rejects with the mandatory reason; the process then releases the reservation. */
    public SubsidyClaim reject(String applicationId, String reason) {
        Task task = decidable(applicationId);
        SubsidyClaim rejected = claims.reject(applicationId, reason);
        tasks.complete(task.getId(), Map.of(ApplicationProcess.OUTCOME, ClaimProcess.REJECT));
        return rejected;
    }

    // ---- shared ----

    private Task decidable(String applicationId) {
        Actor actor = actors.current();
        ClaimTask offered = approval(applicationId)
                .orElseThrow(() -> rejected("decision", SubsidyClaims.FINANCE_DECIDES));
        if (offered.assignee() != null && !offered.assignee().equals(actor.userId())) {
            throw rejected("task", ApplicationWork.CLAIMED_BY_OTHER);
        }
        return offered(offered.taskId());
    }

    private Optional<Task> fileTask(String applicationId) {
        List<String> groups = taskGroups.ofActor(Set.of(Role.ENTERPRISE_OWNER));
        if (applicationId == null || groups.isEmpty()) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().active().processDefinitionKey(ClaimProcess.KEY)
                .taskDefinitionKey(ClaimProcess.FILE_CLAIM).processInstanceBusinessKey(applicationId)
                .taskCandidateGroupIn(groups).list().stream().findFirst();
    }

    private Task offered(String taskId) {
        List<String> groups = taskGroups.ofActor(FINANCE);
        Task task = taskId == null || groups.isEmpty() ? null
                : tasks.createTaskQuery().active().processDefinitionKey(ClaimProcess.KEY).taskId(taskId)
                        .taskDefinitionKey(ClaimProcess.FINANCE_APPROVAL).taskCandidateGroupIn(groups)
                        .includeAssignedTasks().singleResult();
        if (task == null) {
            throw rejected("task", ApplicationWork.TASK_UNKNOWN);
        }
        return task;
    }

    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
