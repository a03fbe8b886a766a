package org.uplift.workflows.diagnosis;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.uplift.assessment.sharing.SharedAssessment;
import org.uplift.assessment.sharing.SharedAssessments;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.workflows.assessment.AssessmentProcess;
import org.uplift.workflows.inbox.Inbox;

/**
 * The diagnosis task of an SME's assessment journey as the invited provider's consultants see it. The
 * task belongs to the SME's tenant; it is found here only through the current tenant's consultant group.
 */
@Service
public class ProviderDiagnoses {

    private final TaskService tasks;
    private final SharedAssessments shared;
    private final Actors actors;

    ProviderDiagnoses(TaskService tasks, SharedAssessments shared, @Lazy Actors actors) {
        this.tasks = tasks;
        this.shared = shared;
        this.actors = actors;
    }

    /** Whether the current actor, a consultant of the provider, may diagnose this assessment now. */
    public boolean isOpen(String assessmentId) {
        return task(assessmentId, actors.current()).isPresent();
    }

    /**
     * Stores the consultant's final notes on the SME's assessment and completes the diagnosis task; the
     * journey then announces the result to the SME. Refused unless the task is open for this consultant.
     */
    public SharedAssessment complete(String assessmentId, Map<String, String> notes) {
        Actor actor = actors.current();
        Task task = task(assessmentId, actor).orElseThrow(
                () -> new InputRejectedException(Violation.of("diagnosis", SharedAssessments.NOT_OPEN)));
        shared.saveDiagnosisNotes(assessmentId, notes);
        tasks.complete(task.getId());
        return shared.find(assessmentId).orElseThrow();
    }

    private Optional<Task> task(String assessmentId, Actor actor) {
        if (assessmentId == null || !actor.has(Role.PROVIDER_CONSULTANT)) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery().active()
                .processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(assessmentId)
                .taskDefinitionKey(AssessmentProcess.DIAGNOSE)
                .taskCandidateGroup(Inbox.group(TenantContext.require(), Role.PROVIDER_CONSULTANT))
                .singleResult());
    }
}
