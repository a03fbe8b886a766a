package org.uplift.workflows.admission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.PublicNotice;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.inbox.Inbox;
import org.uplift.workflows.inbox.TaskGroups;

/**
 * The admission tasks as the current user works them: an authority's reviewers list, claim and decide the
 * expert reviews offered to their groups ({@code <authority>:<ROLE>}, so never another authority's), a provider's
 * admin answers a request for information and appeals a sanction, programme managers decide appeals, and
 * anyone signed in lists the applications on public notice. Each decision is recorded by
 * {@link PoolApplications} (which checks who may take it) before its task is completed.
 */
@Service
public class AdmissionWork {

    public static final String TASK_UNKNOWN = "admission.taskUnknown";
    public static final String CLAIMED_BY_OTHER = "admission.claimedByOther";
    public static final String NOTHING_TO_ANSWER = "admission.noInformationRequested";

    private static final Set<Role> REVIEWERS = Set.of(Role.REVIEWER, Role.SENIOR_REVIEWER, Role.PROGRAMME_MANAGER);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final PoolApplications applications;
    private final Actors actors;
    private final TaskGroups taskGroups;

    AdmissionWork(TaskService tasks, RuntimeService runtime, HistoryService history, PoolApplications applications,
            @Lazy Actors actors, TaskGroups taskGroups) {
        this.taskGroups = taskGroups;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.applications = applications;
        this.actors = actors;
    }

    // ---- expert review (the authority) ----

    /** The open expert reviews offered to the current user's review groups in its own authority. */
    public List<AdmissionTask> reviews() {
        return list(AdmissionProcess.KEY, AdmissionProcess.EXPERT_REVIEW, REVIEWERS);
    }

    /** The open expert review of one application, if it is offered to the current user. */
    public Optional<AdmissionTask> review(String applicationId) {
        return reviews().stream().filter(t -> t.applicationId().equals(applicationId)).findFirst();
    }

    public void claim(String taskId) {
        Actor actor = actors.current();
        Task task = offered(taskId, REVIEWERS_AND_MANAGERS);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        tasks.setAssignee(task.getId(), actor.userId());
    }

    public void unclaim(String taskId) {
        Actor actor = actors.current();
        Task task = offered(taskId, REVIEWERS_AND_MANAGERS);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        tasks.setAssignee(task.getId(), null);
    }

    /**
     * Decides an expert review: the decision is recorded on the application (refused with its field errors
     * when a reason or question is missing, or the deadline out of range), then the task is completed.
     */
    public PoolApplication decide(String taskId, ReviewOutcome outcome, String text, LocalDate deadline) {
        Actor actor = actors.current();
        Task task = offered(taskId, REVIEWERS);
        if (!AdmissionProcess.EXPERT_REVIEW.equals(task.getTaskDefinitionKey())) {
            throw rejected("task", TASK_UNKNOWN);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        if (outcome == null) {
            throw rejected("outcome", "validation.required");
        }
        String applicationId = taskGroups.businessKeyOf(task);
        PoolApplication decided = switch (outcome) {
            case APPROVE -> applications.approve(applicationId, text);
            case REJECT -> applications.reject(applicationId, text);
            case MORE_INFORMATION -> applications.requestInformation(applicationId, text, deadline);
        };
        var variables = new java.util.HashMap<String, Object>();
        variables.put(AdmissionProcess.OUTCOME, outcome.name());
        if (outcome == ReviewOutcome.MORE_INFORMATION) {
            variables.put(AdmissionProcess.INFORMATION_DEADLINE, decided.getInformationDeadline().toString());
        }
        tasks.complete(task.getId(), variables);
        return decided;
    }

    // ---- the provider ----

    /** Whether the current provider has a request for information to answer on this application. */
    public boolean awaitsAnswer(String applicationId) {
        return providerTask(AdmissionProcess.KEY, AdmissionProcess.PROVIDE_INFORMATION, applicationId).isPresent();
    }

    public PoolApplication answer(String applicationId, String answer) {
        Task task = providerTask(AdmissionProcess.KEY, AdmissionProcess.PROVIDE_INFORMATION, applicationId)
                .orElseThrow(() -> rejected("answer", NOTHING_TO_ANSWER));
        PoolApplication answered = applications.answer(applicationId, answer);
        tasks.complete(task.getId());
        return answered;
    }

    /** The provider's one appeal against a sanction, while its appeal task is open. */
    public PoolApplication appeal(String applicationId, String sanctionId, String appeal) {
        Task task = providerTask(AdmissionProcess.SANCTION_KEY, AdmissionProcess.LODGE_APPEAL, sanctionId)
                .orElseThrow(() -> rejected("appeal", PoolApplications.APPEAL_NOT_OPEN));
        PoolApplication appealed = applications.appeal(applicationId, sanctionId, appeal);
        tasks.complete(task.getId());
        return appealed;
    }

    private Optional<Task> providerTask(String key, String definitionKey, String businessKey) {
        if (businessKey == null || !actors.current().has(Role.PROVIDER_ADMIN)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().active().processDefinitionKey(key)
                .taskDefinitionKey(definitionKey).processInstanceBusinessKey(businessKey)
                .taskCandidateGroup(Inbox.group(TenantContext.require(), Role.PROVIDER_ADMIN)).singleResult());
    }

    // ---- appeals (the authority's programme managers) ----

    public List<AdmissionTask> appeals() {
        return list(AdmissionProcess.SANCTION_KEY, AdmissionProcess.REVIEW_APPEAL, Set.of(Role.PROGRAMME_MANAGER));
    }

    public Sanction decideAppeal(String taskId, boolean granted, String reason) {
        Task task = offered(taskId, Set.of(Role.PROGRAMME_MANAGER));
        if (!AdmissionProcess.REVIEW_APPEAL.equals(task.getTaskDefinitionKey())) {
            throw rejected("task", TASK_UNKNOWN);
        }
        String applicationId = (String) runtime.getVariable(task.getExecutionId(), AdmissionProcess.APPLICATION_ID);
        Sanction decided = applications.decideAppeal(applicationId, taskGroups.businessKeyOf(task), granted, reason);
        tasks.complete(task.getId(), Map.of(AdmissionProcess.APPEAL_GRANTED, granted));
        return decided;
    }

    /**
     * The providers the current authority admitted through this process (ended at admission), with their
     * applications, for its programme managers' sanctions; newest first.
     */
    public List<PoolApplication> admitted() {
        if (!actors.current().has(Role.PROGRAMME_MANAGER)) {
            return List.of();
        }
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(AdmissionProcess.KEY)
                .tenantIdIn(TenantContext.require()).executedActivityIdIn(AdmissionProcess.ADMITTED)
                .orderByProcessInstanceStartTime().desc().list().stream()
                .map(HistoricProcessInstance::getBusinessKey).map(applications::find).flatMap(Optional::stream)
                .toList();
    }

    // ---- the public notice (anyone signed in) ----

    /** The applications on public notice now, with the notices anyone signed in may read. */
    public List<PublicNotice> notices() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AdmissionProcess.KEY)
                .activityIdIn(AdmissionProcess.PUBLIC_NOTICE).list().stream().map(ProcessInstance::getBusinessKey)
                .map(applications::publicNotice).flatMap(Optional::stream).toList();
    }

    // ---- shared ----

    private static final Set<Role> REVIEWERS_AND_MANAGERS = REVIEWERS;

    private List<AdmissionTask> list(String key, String definitionKey, Collection<Role> allowed) {
        List<String> groups = taskGroups.ofActor(allowed);
        if (groups.isEmpty()) {
            return List.of();
        }
        List<Task> found = tasks.createTaskQuery().active().processDefinitionKey(key).taskDefinitionKey(definitionKey)
                .taskCandidateGroupIn(groups).includeAssignedTasks().orderByTaskCreateTime().asc().list();
        return found.stream().map(this::describe).toList();
    }

    private AdmissionTask describe(Task task) {
        String businessKey = taskGroups.businessKeyOf(task);
        boolean sanction = AdmissionProcess.REVIEW_APPEAL.equals(task.getTaskDefinitionKey());
        String applicationId = sanction
                ? (String) runtime.getVariable(task.getExecutionId(), AdmissionProcess.APPLICATION_ID) : businessKey;
        return new AdmissionTask(task.getId(), task.getTaskDefinitionKey(), applicationId, sanction ? businessKey : null,
                task.getCreateTime().toInstant(), task.getAssignee());
    }

    /** A task offered to one of the current user's groups among {@code allowed}; unknown otherwise. */
    private Task offered(String taskId, Collection<Role> allowed) {
        List<String> groups = taskGroups.ofActor(allowed);
        Task task = taskId == null || groups.isEmpty() ? null
                : tasks.createTaskQuery().active().taskId(taskId).taskCandidateGroupIn(groups).includeAssignedTasks().singleResult();
        if (task == null) {
            throw rejected("task", TASK_UNKNOWN);
        }
        return task;
    }



    private static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
