package org.uplift.workflows.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda's authorization checks on, whatever {@code camunda.bpm.authorization.*} says. They apply only to
 * calls made with an authenticated engine user, which only the Camunda webapps set (for a signed-in platform
 * admin); the platform's own code (inbox, journeys, delegates, the job executor) calls the engine without
 * one and is never checked.
 * <ul>
 * <li>{@code enforceSpecificVariablePermission}: reading variables needs the variable permissions
 * ({@code READ_INSTANCE_VARIABLE}, {@code READ_TASK_VARIABLE}, {@code READ_HISTORY_VARIABLE}), not just the
 * right to see the instance or task, so an operator can see a journey's state without its contents.</li>
 * <li>The tenant check is off: every process instance carries its SME's tenant, and the operator must see
 * all of them; what an operator sees is decided by the authorizations alone.</li>
 * </ul>
 * Set after init so that no other plugin's configuration can switch them back (all three are read per call).
 */
@Component
class EngineAuthorizationPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setAuthorizationEnabled(true);
        configuration.setEnforceSpecificVariablePermission(true);
        configuration.setTenantCheckEnabled(false);
    }
}
