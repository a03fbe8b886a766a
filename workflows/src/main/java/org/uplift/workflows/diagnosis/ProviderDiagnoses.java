package org.uplift.workflows.diagnosis;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.uplift.assessment.sharing.SharedAssessment;
import org.uplift.assessment.sharing.SharedAssessments;
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

    ProviderDiagnoses(TaskService tasks, SharedAssessments shared) {
        this.tasks = tasks;
        this.shared = shared;
    }

    /** Whether a consultant of the current provider may diagnose this assessment now. */
    public boolean isOpen(String assessmentId, Collection<Role> roles) {
        return task(assessmentId, roles).isPresent();
    }

    /**
     * Stores the consultant's final notes on the SME's assessment and completes the diagnosis task; the
     * journey then announces the result to the SME. Refused unless the task is open for this consultant.
     */
    public SharedAssessment complete(String assessmentId, Map<String, String> notes, String userId,
            Collection<Role> roles) {
        Task task = task(assessmentId, roles).orElseThrow(
                () -> new InputRejectedException(Violation.of("diagnosis", SharedAssessments.NOT_OPEN)));
        shared.saveDiagnosisNotes(assessmentId, notes, userId);
        tasks.complete(task.getId());
        return shared.find(assessmentId).orElseThrow();
    }

    private Optional<Task> task(String assessmentId, Collection<Role> roles) {
        if (assessmentId == null || !roles.contains(Role.PROVIDER_CONSULTANT)) {
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
