package org.uplift.workflows.admission;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.marketplace.admission.AdmissionProperties;
import org.uplift.marketplace.admission.ObjectionLodged;
import org.uplift.marketplace.admission.PoolApplicationSubmitted;
import org.uplift.marketplace.admission.SanctionImposed;
import org.uplift.tenancy.TenantContext;

/**
 * Starts an admission process per submitted application and a sanction process per sanction, both in the
 * authority's tenant, and passes an objection on to the application's running notice. Idempotent: one process
 * per business key.
 */
@Service
class AdmissionJourney {

    private static final Logger log = LoggerFactory.getLogger(AdmissionJourney.class);

    private final RuntimeService runtime;
    private final HistoryService history;
    private final AdmissionProperties properties;

    AdmissionJourney(RuntimeService runtime, HistoryService history, AdmissionProperties properties) {
        this.runtime = runtime;
        this.history = history;
        this.properties = properties;
    }

    @EventListener
    void on(PoolApplicationSubmitted submitted) {
        TenantContext.runAs(submitted.authorityTenantId(), () -> {
            if (started(AdmissionProcess.KEY, submitted.applicationId())) {
                return;
            }
            var instance = runtime.startProcessInstanceByKey(AdmissionProcess.KEY, submitted.applicationId(),
                    Variables.createVariables()
                            .putValue(AdmissionProcess.APPLICATION_ID, submitted.applicationId())
                            .putValue(AdmissionProcess.PROVIDER_TENANT_ID, submitted.providerTenantId())
                            .putValue(AdmissionProcess.AUTHORITY_TENANT_ID, submitted.authorityTenantId())
                            .putValue(AdmissionProcess.NOTICE_PERIOD,
                                    properties.noticePeriodFor(submitted.authorityTenantId()).toString()));
            log.info("Admission process {} started for application {}", instance.getId(), submitted.applicationId());
        });
    }

    @EventListener
    void on(ObjectionLodged objection) {
        TenantContext.runAs(objection.authorityTenantId(), () -> runtime
                .createMessageCorrelation(AdmissionProcess.OBJECTION_LODGED)
                .processInstanceBusinessKey(objection.applicationId()).tenantId(objection.authorityTenantId())
                .correlateAll());
    }

    @EventListener
    void on(SanctionImposed sanction) {
        TenantContext.runAs(sanction.authorityTenantId(), () -> {
            if (started(AdmissionProcess.SANCTION_KEY, sanction.sanctionId())) {
                return;
            }
            runtime.startProcessInstanceByKey(AdmissionProcess.SANCTION_KEY, sanction.sanctionId(),
                    Variables.createVariables()
                            .putValue(AdmissionProcess.APPLICATION_ID, sanction.applicationId())
                            .putValue(AdmissionProcess.SANCTION_ID, sanction.sanctionId())
                            .putValue(AdmissionProcess.PROVIDER_TENANT_ID, sanction.providerTenantId())
                            .putValue(AdmissionProcess.AUTHORITY_TENANT_ID, sanction.authorityTenantId())
                            .putValue(AdmissionProcess.KIND, sanction.kind().name())
                            .putValue(AdmissionProcess.APPEAL_WINDOW, properties.appealWindow().toString()));
        });
    }

    private boolean started(String key, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(businessKey).count() > 0;
    }
}
