package org.uplift.workflows.assessment;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.assessment.AssessmentStarted;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.sharing.AssessmentShareRevoked;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.assessment.sharing.DiagnosisInvited;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

/**
 * Starts the journey when an SME starts (or re-assesses) an assessment and moves it when the owner
 * submits. Both reactions are idempotent (one journey per assessment, keyed by its id). Also turns an
 * SME's diagnosis invitation (and its withdrawal by revoking the share) into the journey's variables.
 */
@Service
@EnableConfigurationProperties(AssessmentJourneyProperties.class)
public class AssessmentJourney {

    private static final Logger log = LoggerFactory.getLogger(AssessmentJourney.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final AssessmentJourneyProperties properties;

    AssessmentJourney(RuntimeService runtime, TaskService tasks, HistoryService history,
            AssessmentJourneyProperties properties) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.properties = properties;
    }

    @EventListener
    void on(AssessmentStarted started) {
        start(started);
    }

    @EventListener
    void on(AssessmentSubmitted submitted) {
        completeAnswering(submitted.tenantId(), submitted.assessmentId());
    }

    /**
     * Moves the journey of a submitted assessment past <i>Answer the assessment</i>; idempotent (nothing to do
     * once it has moved). The number of tasks completed: 0 or 1.
     */
    int completeAnswering(String tenantId, String assessmentId) {
        return TenantContext.callAs(tenantId, () -> {
            var waiting = tasks.createTaskQuery()
                    .tenantIdIn(tenantId)
                    .processDefinitionKey(AssessmentProcess.KEY)
                    .processInstanceBusinessKey(assessmentId)
                    .taskDefinitionKey(AssessmentProcess.ANSWER)
                    .list();
            waiting.forEach(task -> tasks.complete(task.getId()));
            return waiting.size();
        });
    }

    /**
     * The SME invited a provider to diagnose: the running journey will open the diagnosis task for that
     * provider's consultants after the level. Refused once the journey has passed the diagnosis gateway
     * (or ended); the refusal reaches the SME, and the invitation is taken back.
     */
    @EventListener
    void on(DiagnosisInvited invited) {
        TenantContext.runAs(invited.smeTenantId(), () -> {
            ProcessInstance instance = running(invited.smeTenantId(), invited.assessmentId());
            if (instance == null || hasPassed(instance, AssessmentProcess.DIAGNOSIS_GATEWAY)) {
                throw tooLate();
            }
            try {
                runtime.setVariables(instance.getId(), Map.of(AssessmentProcess.DIAGNOSIS_REQUESTED, true,
                        AssessmentProcess.PROVIDER_TENANT_ID, invited.providerTenantId()));
            } catch (ProcessEngineException movedOn) {
                // the journey ended or moved concurrently (optimistic locking): it may be past the gateway
                log.info("Diagnosis invitation for assessment {} refused: {}", invited.assessmentId(), movedOn.getMessage());
                throw tooLate();
            }
        });
    }

    /**
     * The SME revoked the invited provider's share: an open diagnosis task is cancelled (the result is then
     * announced), and a journey that has not reached the gateway no longer asks for a diagnosis.
     */
    @EventListener
    void on(AssessmentShareRevoked revoked) {
        if (!revoked.diagnosisWithdrawn()) {
            return;
        }
        TenantContext.runAs(revoked.smeTenantId(), () -> {
            ProcessInstance instance = running(revoked.smeTenantId(), revoked.assessmentId());
            if (instance == null
                    || !revoked.providerTenantId().equals(runtime.getVariable(instance.getId(), AssessmentProcess.PROVIDER_TENANT_ID))) {
                return;
            }
            if (hasPassed(instance, AssessmentProcess.DIAGNOSIS_GATEWAY)) {
                runtime.createMessageCorrelation(AssessmentProcess.DIAGNOSIS_WITHDRAWN)
                        .processInstanceId(instance.getId()).correlateAll();
            } else {
                runtime.setVariable(instance.getId(), AssessmentProcess.DIAGNOSIS_REQUESTED, false);
            }
        });
    }

    /** Starts the journey of an assessment unless it already has one, finished or not. */
    public boolean start(AssessmentStarted started) {
        return TenantContext.callAs(started.tenantId(), () -> {
            if (hasStarted(started.assessmentId())) {
                return false;
            }
            ProcessInstance instance = runtime.startProcessInstanceByKey(AssessmentProcess.KEY,
                    started.assessmentId(), Variables.createVariables()
                            .putValue(AssessmentProcess.TENANT_ID, started.tenantId())
                            .putValue(AssessmentProcess.ASSESSMENT_ID, started.assessmentId())
                            .putValue(AssessmentProcess.STARTED_BY, started.startedBy())
                            .putValue(AssessmentProcess.PREVIOUS_ASSESSMENT_ID, started.previousAssessmentId())
                            .putValue(AssessmentProcess.DRAFT_REMINDER_AFTER, properties.draftReminderAfter().toString())
                            // until the SME invites the provider it shared the assessment with
                            .putValue(AssessmentProcess.DIAGNOSIS_REQUESTED, false));
            log.info("Assessment journey started: process instance {}", instance.getId());
            return true;
        });
    }

    private ProcessInstance running(String tenantId, String assessmentId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY).tenantIdIn(tenantId)
                .processInstanceBusinessKey(assessmentId).singleResult();
    }

    private boolean hasPassed(ProcessInstance instance, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
                .count() > 0;
    }

    private static InputRejectedException tooLate() {
        return new InputRejectedException(Violation.of("inviteToDiagnose", AssessmentShares.TOO_LATE_TO_INVITE));
    }

    public boolean hasStarted(String assessmentId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(assessmentId)
                .count() > 0;
    }
}
