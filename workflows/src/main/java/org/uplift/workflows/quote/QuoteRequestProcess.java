package org.uplift.workflows.quote;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.identity.Role;
import org.uplift.marketplace.quote.QuoteAccepted;
import org.uplift.marketplace.quote.QuoteProperties;
import org.uplift.marketplace.quote.QuoteReplied;
import org.uplift.marketplace.quote.QuoteRequestSent;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.inbox.Inbox;

/**
 * Starts the {@code quote-request} process when the SME's owner sends a request (one per request, keyed by its
 * id) and moves it on the quote's events: a provider's reply (or its closing) completes that provider's task, the
 * SME's acceptance ends the process.
 */
@Service
class QuoteRequestProcess {

    private static final Logger log = LoggerFactory.getLogger(QuoteRequestProcess.class);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final QuoteProperties properties;

    QuoteRequestProcess(RuntimeService runtime, TaskService tasks, QuoteProperties properties) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.properties = properties;
    }

    @EventListener
    void on(QuoteRequestSent sent) {
        TenantContext.runAs(sent.smeTenantId(), () -> {
            if (runtime.createProcessInstanceQuery().processDefinitionKey(QuoteProcess.KEY).tenantIdIn(sent.smeTenantId())
                    .processInstanceBusinessKey(sent.requestId()).count() > 0) {
                return;
            }
            var instance = runtime.startProcessInstanceByKey(QuoteProcess.KEY, sent.requestId(),
                    Variables.createVariables()
                            .putValue(QuoteProcess.REQUEST_ID, sent.requestId())
                            .putValue(QuoteProcess.SME_TENANT_ID, sent.smeTenantId())
                            .putValue(QuoteProcess.PROVIDER_TENANT_IDS, String.join(",", sent.providerTenantIds()))
                            .putValue(QuoteProcess.REMINDER_AFTER, properties.reminderAfter().toString())
                            .putValue(QuoteProcess.EXPIRES_AT, sent.expiresAt().toString()));
            log.info("Quote request {} started: process instance {}", sent.requestId(), instance.getId());
        });
    }

    @EventListener
    void on(QuoteReplied replied) {
        TenantContext.runAs(replied.smeTenantId(), () -> task(replied.smeTenantId(), replied.requestId(),
                replied.providerTenantId()).forEach(task -> tasks.complete(task.getId())));
    }

    @EventListener
    void on(QuoteAccepted accepted) {
        TenantContext.runAs(accepted.smeTenantId(), () -> runtime
                .createMessageCorrelation(QuoteProcess.QUOTE_ACCEPTED_MESSAGE)
                .tenantId(accepted.smeTenantId())
                .processInstanceBusinessKey(accepted.requestId()).correlateAll());
    }

    private List<Task> task(String smeTenantId, String requestId, String providerTenantId) {
        return tasks.createTaskQuery().active().tenantIdIn(smeTenantId).processDefinitionKey(QuoteProcess.KEY)
                .processInstanceBusinessKey(requestId).taskDefinitionKey(QuoteProcess.ANSWER)
                .taskCandidateGroup(Inbox.group(providerTenantId, Role.PROVIDER_CONSULTANT)).includeAssignedTasks()
                .list();
    }
}
