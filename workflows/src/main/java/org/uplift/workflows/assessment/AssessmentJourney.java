package org.uplift.workflows.assessment;

import org.camunda.bpm.engine.HistoryService;
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
import org.uplift.tenancy.TenantContext;

/**
 * Starts the journey when an SME starts (or re-assesses) an assessment and moves it when the owner
 * submits. Both reactions are idempotent (one journey per assessment, keyed by its id).
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
        TenantContext.runAs(submitted.tenantId(), () -> tasks.createTaskQuery()
                .tenantIdIn(submitted.tenantId())
                .processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(submitted.assessmentId())
                .taskDefinitionKey(AssessmentProcess.ANSWER)
                .list()
                .forEach(task -> tasks.complete(task.getId())));
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
                            // no way to invite the provider yet; the gateway is ready for it
                            .putValue(AssessmentProcess.DIAGNOSIS_REQUESTED, false));
            log.info("Assessment journey started: process instance {}", instance.getId());
            return true;
        });
    }

    public boolean hasStarted(String assessmentId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(assessmentId)
                .count() > 0;
    }
}
