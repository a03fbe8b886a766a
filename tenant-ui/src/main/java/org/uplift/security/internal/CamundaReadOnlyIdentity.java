package org.uplift.security.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda's identity service, read-only: the platform's users live in MongoDB and reach the Camunda
 * webapps through the platform login ({@link CamundaPlatformAdmins}). With a writable, empty identity
 * service the webapps would send every platform admin to their "create the first admin user" setup
 * page instead of Cockpit.
 */
@Component
class CamundaReadOnlyIdentity extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(
                new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
    }
}
