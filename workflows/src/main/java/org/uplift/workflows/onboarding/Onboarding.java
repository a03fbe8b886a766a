package org.uplift.workflows.onboarding;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.assessment.AssessmentStarted;
import org.uplift.organisation.CompanyProfileCompleted;
import org.uplift.organisation.OrganisationRegistered;
import org.uplift.tenancy.TenantContext;
import org.uplift.tenancy.TenantKind;

/**
 * Starts onboarding when an SME registers and moves it when the profile is saved and when the first
 * assessment is started. Both reactions are
 * idempotent (one onboarding per SME, keyed by its tenant id), so a replay changes nothing.
 */
@Service
@EnableConfigurationProperties(OnboardingProperties.class)
public class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final OnboardingProperties properties;

    Onboarding(RuntimeService runtime, TaskService tasks, HistoryService history, OnboardingProperties properties) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.properties = properties;
    }

    @EventListener
    void on(OrganisationRegistered registered) {
        if (registered.kind() == TenantKind.ENTERPRISE) {
            start(registered.tenantId(), registered.ownerUserId(), registered.name());
        }
    }

    @EventListener
    void on(CompanyProfileCompleted completed) {
        completeTask(completed.tenantId(), OnboardingProcess.COMPLETE_PROFILE);
    }

    @EventListener
    void on(AssessmentStarted started) {
        completeTask(started.tenantId(), OnboardingProcess.START_FIRST_ASSESSMENT);
    }

    private void completeTask(String tenantId, String taskDefinitionKey) {
        TenantContext.runAs(tenantId, () -> tasks.createTaskQuery()
                .tenantIdIn(tenantId)
                .processDefinitionKey(OnboardingProcess.KEY)
                .taskDefinitionKey(taskDefinitionKey)
                .list()
                .forEach(task -> tasks.complete(task.getId())));
    }

    /** Starts the journey for an SME unless it already has one, finished or not. */
    public boolean start(String tenantId, String ownerUserId, String organisationName) {
        return TenantContext.callAs(tenantId, () -> {
            if (hasStarted(tenantId)) {
                return false;
            }
            ProcessInstance instance = runtime.startProcessInstanceByKey(OnboardingProcess.KEY, tenantId, Map.of(
                    OnboardingProcess.TENANT_ID, tenantId,
                    OnboardingProcess.OWNER_USER_ID, ownerUserId,
                    OnboardingProcess.ORGANISATION_NAME, organisationName,
                    OnboardingProcess.REMINDER_AFTER, properties.profileReminderAfter().toString()));
            log.info("Onboarding started: process instance {}", instance.getId());
            return true;
        });
    }

    public boolean hasStarted(String tenantId) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(tenantId)
                .count() > 0;
    }
}
