package org.uplift.workflows.subsidy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.subsidy.application.ApplicationSubmitted;
import org.uplift.tenancy.TenantContext;

/**
 * Starts one {@code subsidy-application} process per submitted application, in the authority's tenant (its
 * rules, its reviewers, its budget), business key = the application id. Idempotent per business key.
 */
@Service
class ApplicationJourney {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final SubsidyDecisions decisions;

    ApplicationJourney(RuntimeService runtime, HistoryService history, SubsidyDecisions decisions) {
        this.runtime = runtime;
        this.history = history;
        this.decisions = decisions;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        TenantContext.runAs(submitted.authorityTenantId(), () -> {
            if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                    .processInstanceBusinessKey(submitted.applicationId()).count() > 0) {
                return;
            }
            decisions.prepare(submitted.authorityTenantId());
            Map<String, Object> variables = new HashMap<>();
            variables.put(ApplicationProcess.APPLICATION_ID, submitted.applicationId());
            variables.put(ApplicationProcess.AUTHORITY_TENANT_ID, submitted.authorityTenantId());
            variables.put(ApplicationProcess.SME_TENANT_ID, submitted.smeTenantId());
            variables.put(ApplicationProcess.EXPERT_REVIEWER, null);
            runtime.startProcessInstanceByKey(ApplicationProcess.KEY, submitted.applicationId(), variables);
        });
    }
}
