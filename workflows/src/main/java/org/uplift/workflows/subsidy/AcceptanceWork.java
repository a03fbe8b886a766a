package org.uplift.workflows.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.uplift.identity.Role;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.subsidy.application.EvaluationForm;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;

/**
 * The implementation and acceptance tasks as the current user works them: the SME's owner asks for an extension
 * and requests the acceptance; a reviewer decides the extension (approved, the deadline's timers are recalculated
 * from the moved deadline); an evaluator records the on-site evaluation. The domain decides who may and records
 * first; then the process moves.
 */
@Service
public class AcceptanceWork {

    private final ApplicationWork work;
    private final ImplementationDeadlines deadlines;
    private final OnSiteAcceptance acceptance;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;

    AcceptanceWork(ApplicationWork work, ImplementationDeadlines deadlines, OnSiteAcceptance acceptance,
            TaskService tasks, RuntimeService runtime, ManagementService management) {
        this.work = work;
        this.deadlines = deadlines;
        this.acceptance = acceptance;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
    }

    // ---- the SME's owner ----

    /** Whether the current user is the owner of an application being implemented (may ask for an extension or acceptance). */
    public boolean implementing(String applicationId) {
        return ownerTask(applicationId).isPresent();
    }

    public SubsidyApplication requestExtension(String applicationId, LocalDate until, String reason) {
        ownerTask(applicationId).orElseThrow(
                () -> ApplicationWork.rejected("extension", ImplementationDeadlines.OWNER_REQUESTS));
        SubsidyApplication requested = deadlines.requestExtension(applicationId, until, reason);
        runtime.createMessageCorrelation(ApplicationProcess.EXTENSION_REQUESTED_MESSAGE)
                .processInstanceBusinessKey(applicationId).tenantId(requested.getAuthorityTenantId()).correlate();
        return requested;
    }

    public SubsidyApplication requestAcceptance(String applicationId, String t1AssessmentId, List<CostLine> actual) {
        Task task = ownerTask(applicationId).orElseThrow(
                () -> ApplicationWork.rejected("acceptance", OnSiteAcceptance.OWNER_REQUESTS));
        SubsidyApplication requested = acceptance.request(applicationId, t1AssessmentId, actual);
        tasks.complete(task.getId());
        return requested;
    }

    // ---- the authority ----

    /** The extension decision of this application, if it is offered to the current user. */
    public Optional<ApplicationTask> extensionDecision(String applicationId) {
        return work.task(applicationId, "EXTENSION");
    }

    /** Approves or rejects (reason mandatory) the extension; an approval moves the deadline and its timers. */
    public SubsidyApplication decideExtension(String taskId, boolean approve, String reason) {
        Task task = work.claimable(taskId, ApplicationProcess.EXTENSION_DECISION);
        String applicationId = businessKey(task);
        SubsidyApplication decided = deadlines.decideExtension(applicationId, approve, reason);
        if (approve) {
            String instance = task.getProcessInstanceId();
            runtime.setVariable(instance, ApplicationProcess.IMPLEMENTATION_DEADLINE,
                    decided.getImplementation().deadline().toString());
            runtime.setVariable(instance, ApplicationProcess.IMPLEMENTATION_WARNING,
                    deadlines.warningAt(decided).toString());
            for (Job timer : management.createJobQuery().processInstanceId(instance).timers().list()) {
                management.recalculateJobDuedate(timer.getId(), false);
            }
            tasks.createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(ApplicationProcess.REQUEST_ACCEPTANCE).list().forEach(t -> {
                        t.setDueDate(java.util.Date.from(decided.getImplementation().deadline()));
                        tasks.saveTask(t);
                    });
        }
        tasks.complete(task.getId());
        return decided;
    }

    /** The on-site evaluation of this application, if it is offered to the current user (an evaluator). */
    public Optional<ApplicationTask> evaluation(String applicationId) {
        return work.task(applicationId, "EVALUATION");
    }

    public SubsidyApplication evaluate(String taskId, EvaluationForm form) {
        Task task = work.claimable(taskId, ApplicationProcess.ON_SITE_EVALUATION);
        SubsidyApplication evaluated = acceptance.evaluate(businessKey(task), form);
        tasks.complete(task.getId());
        return evaluated;
    }

    private Optional<Task> ownerTask(String applicationId) {
        return work.smeTask(ApplicationProcess.REQUEST_ACCEPTANCE, applicationId, Set.of(Role.ENTERPRISE_OWNER));
    }

    private String businessKey(Task task) {
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult()
                .getBusinessKey();
    }
}
