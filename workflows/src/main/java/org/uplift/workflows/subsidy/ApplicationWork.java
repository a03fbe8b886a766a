package org.uplift.workflows.subsidy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
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
import org.uplift.subsidy.application.ReviewStage;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.inbox.TaskGroups;

/**
 * The application tasks as the current user works them. An authority's reviewers list, claim and decide the
 * stage tasks offered to their groups ({@code <authority>:<ROLE>}, so never another authority's); the SME
 * answers a request for information and its owner accepts the offer. Each decision is recorded by
 * {@link SubsidyApplications} (which checks who may, and four eyes) before its task is completed.
 */
@Service
public class ApplicationWork {

    public static final String TASK_UNKNOWN = "subsidy.application.taskUnknown";
    public static final String CLAIMED_BY_OTHER = "subsidy.application.claimedByOther";

    static final Map<String, ReviewStage> STAGES = Map.of(ApplicationProcess.DISTRICT_RECOMMENDATION,
            ReviewStage.DISTRICT, ApplicationProcess.EXPERT_REVIEW, ReviewStage.EXPERT,
            ApplicationProcess.SENIOR_REVIEW, ReviewStage.SENIOR);
    /**
     * Every claimable task of the authority's people, by the kind the inbox shows: the review stages, the extension
     * decision and the on-site evaluation.
     */
    static final Map<String, String> KINDS = Map.of(ApplicationProcess.DISTRICT_RECOMMENDATION, "DISTRICT",
            ApplicationProcess.EXPERT_REVIEW, "EXPERT", ApplicationProcess.SENIOR_REVIEW, "SENIOR",
            ApplicationProcess.EXTENSION_DECISION, "EXTENSION", ApplicationProcess.ON_SITE_EVALUATION, "EVALUATION");
    private static final Set<Role> REVIEW_ROLES = EnumSet.of(Role.DISTRICT_OFFICER, Role.REVIEWER,
            Role.SENIOR_REVIEWER, Role.PROGRAMME_MANAGER, Role.EVALUATOR);

    private final TaskService tasks;
    private final SubsidyApplications applications;
    private final Actors actors;
    private final TaskGroups taskGroups;

    ApplicationWork(TaskService tasks, SubsidyApplications applications,
            @Lazy Actors actors, TaskGroups taskGroups) {
        this.taskGroups = taskGroups;
        this.tasks = tasks;
        this.applications = applications;
        this.actors = actors;
    }

    // ---- the authority's reviewers ----

    /**
     * The open tasks (review stages, extension decisions, on-site evaluations) offered to the current user's groups
     * in its own authority, oldest first.
     */
    public List<ApplicationTask> reviews() {
        List<String> groups = taskGroups.ofActor(REVIEW_ROLES);
        if (groups.isEmpty()) {
            return List.of();
        }
        return tasks.createTaskQuery().active().processDefinitionKey(ApplicationProcess.KEY)
                .taskDefinitionKeyIn(KINDS.keySet().toArray(String[]::new)).taskCandidateGroupIn(groups)
                .includeAssignedTasks().orderByTaskCreateTime().asc().list().stream().map(this::describe).toList();
    }

    /** The open review stage task of one application, if it is offered to the current user. */
    public Optional<ApplicationTask> review(String applicationId) {
        return task(applicationId, "DISTRICT", "EXPERT", "SENIOR");
    }

    /** The open task of one of these kinds of one application, if it is offered to the current user. */
    Optional<ApplicationTask> task(String applicationId, String... kinds) {
        Set<String> wanted = Set.of(kinds);
        return reviews().stream().filter(t -> t.applicationId().equals(applicationId) && wanted.contains(t.stage()))
                .findFirst();
    }

    public void claim(String taskId) {
        Task task = offered(taskId);
        String me = actors.current().userId();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        tasks.setAssignee(task.getId(), me);
    }

    public void unclaim(String taskId) {
        Task task = offered(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actors.current().userId())) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        tasks.setAssignee(task.getId(), null);
    }

    /**
     * Decides a stage task: recorded on the application first (refused with its field errors: no reason, the
     * wrong stage or role, four eyes), then the task is completed with the outcome.
     */
    public SubsidyApplication decide(String taskId, ReviewDecision decision, String text, LocalDate deadline) {
        Actor actor = actors.current();
        Task task = offered(taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        if (decision == null) {
            throw rejected("decision", "validation.required");
        }
        ReviewStage stage = STAGES.get(task.getTaskDefinitionKey());
        if (stage == null) {
            throw rejected("decision", SubsidyApplications.NOT_AT_STAGE);
        }
        String applicationId = taskGroups.businessKeyOf(task);
        SubsidyApplication decided = switch (decision) {
            case APPROVE -> stage == ReviewStage.DISTRICT ? applications.recommend(applicationId, text)
                    : applications.approve(applicationId, text);
            case REJECT -> applications.reject(applicationId, text);
            case MORE_INFORMATION -> {
                if (stage != ReviewStage.EXPERT) {
                    throw rejected("decision", SubsidyApplications.NOT_AT_STAGE);
                }
                yield applications.requestInformation(applicationId, text, deadline);
            }
        };
        Map<String, Object> variables = new HashMap<>();
        variables.put(ApplicationProcess.OUTCOME, decision.name());
        if (stage == ReviewStage.EXPERT) {
            variables.put(ApplicationProcess.EXPERT_REVIEWER, actor.userId());
        }
        if (decision == ReviewDecision.MORE_INFORMATION) {
            variables.put(ApplicationProcess.INFORMATION_DEADLINE, decided.getInformation().deadline().toString());
        }
        tasks.complete(task.getId(), variables);
        return decided;
    }

    // ---- the SME ----

    /** Whether the current SME has a request for information to answer on this application. */
    public boolean awaitsAnswer(String applicationId) {
        return smeTask(ApplicationProcess.PROVIDE_INFORMATION, applicationId,
                Set.of(Role.ENTERPRISE_OWNER, Role.ENTERPRISE_MEMBER)).isPresent();
    }

    public SubsidyApplication answer(String applicationId, String answer) {
        Task task = smeTask(ApplicationProcess.PROVIDE_INFORMATION, applicationId,
                Set.of(Role.ENTERPRISE_OWNER, Role.ENTERPRISE_MEMBER))
                .orElseThrow(() -> rejected("answer", SubsidyApplications.NOTHING_TO_ANSWER));
        SubsidyApplication answered = applications.answer(applicationId, answer);
        tasks.complete(task.getId());
        return answered;
    }

    /** Whether the current user may accept an offer on this application now (its owner, with the offer open). */
    public boolean awaitsAcceptance(String applicationId) {
        return smeTask(ApplicationProcess.ACCEPT_OFFER, applicationId, Set.of(Role.ENTERPRISE_OWNER)).isPresent();
    }

    public SubsidyApplication acceptOffer(String applicationId) {
        Task task = smeTask(ApplicationProcess.ACCEPT_OFFER, applicationId, Set.of(Role.ENTERPRISE_OWNER))
                .orElseThrow(() -> rejected("offer", SubsidyApplications.OWNER_ACCEPTS));
        SubsidyApplication accepted = applications.acceptOffer(applicationId);
        tasks.complete(task.getId());
        return accepted;
    }

    // ---- shared ----

    Optional<Task> smeTask(String definitionKey, String applicationId, Collection<Role> allowed) {
        List<String> groups = taskGroups.ofActor(allowed);
        if (applicationId == null || groups.isEmpty()) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().active().processDefinitionKey(ApplicationProcess.KEY)
                .taskDefinitionKey(definitionKey).processInstanceBusinessKey(applicationId)
                .taskCandidateGroupIn(groups).list().stream().findFirst();
    }

    private ApplicationTask describe(Task task) {
        return new ApplicationTask(task.getId(), KINDS.get(task.getTaskDefinitionKey()), taskGroups.businessKeyOf(task),
                task.getCreateTime().toInstant(), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    /** A task offered to the current user's groups, not claimed by somebody else. */
    Task claimable(String taskId, String definitionKey) {
        Task task = offered(taskId);
        if (!task.getTaskDefinitionKey().equals(definitionKey)) {
            throw rejected("task", TASK_UNKNOWN);
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(actors.current().userId())) {
            throw rejected("task", CLAIMED_BY_OTHER);
        }
        return task;
    }

    private Task offered(String taskId) {
        List<String> groups = taskGroups.ofActor(REVIEW_ROLES);
        Task task = taskId == null || groups.isEmpty() ? null
                : tasks.createTaskQuery().active().processDefinitionKey(ApplicationProcess.KEY).taskId(taskId)
                        .taskCandidateGroupIn(groups).includeAssignedTasks().singleResult();
        if (task == null || !KINDS.containsKey(task.getTaskDefinitionKey())) {
            throw rejected("task", TASK_UNKNOWN);
        }
        return task;
    }

    static InputRejectedException rejected(String field, String key) {
        return new InputRejectedException(Violation.of(field, key));
    }
}
