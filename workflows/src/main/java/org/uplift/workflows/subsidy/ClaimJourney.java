package org.uplift.workflows.subsidy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.tenancy.TenantContext;

/**
 * Starts one {@code subsidy-claim} process per accepted application, in the authority's tenant, business key = the
 * application id, once the claim is open (opening is idempotent, so the order of the listeners does not matter).
 * Idempotent per business key.
 */
@Service
class ClaimJourney {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final SubsidyClaims claims;

    ClaimJourney(RuntimeService runtime, HistoryService history, SubsidyClaims claims) {
        this.runtime = runtime;
        this.history = history;
        this.claims = claims;
    }

    @EventListener
    void on(ApplicationAccepted accepted) {
        SubsidyClaim claim = claims.open(accepted);
        TenantContext.runAs(accepted.authorityTenantId(), () -> {
            if (history.createHistoricProcessInstanceQuery().processDefinitionKey(ClaimProcess.KEY)
                    .processInstanceBusinessKey(accepted.applicationId()).count() > 0) {
                return;
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(ApplicationProcess.APPLICATION_ID, accepted.applicationId());
            variables.put(ApplicationProcess.AUTHORITY_TENANT_ID, accepted.authorityTenantId());
            variables.put(ApplicationProcess.SME_TENANT_ID, accepted.smeTenantId());
            variables.put(ClaimProcess.CLAIM_DEADLINE, claim.getDeadline().toString());
            runtime.startProcessInstanceByKey(ClaimProcess.KEY, accepted.applicationId(), variables);
        });
    }
}
