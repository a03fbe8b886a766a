package org.uplift.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** The process engine answers a query against its database, and its job executor runs. */
@Component("camundaHealthIndicator")
class CamundaHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngine engine;

    CamundaHealthIndicator(ProcessEngine engine) {
        super("Camunda health check failed");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        var jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getJobExecutor();
        builder.up().withDetail("engine", engine.getName()).withDetail("deployments", deployments)
                .withDetail("jobExecutorActive", jobExecutor != null && jobExecutor.isActive());
    }
}
