package org.uplift.benchmarks.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.uplift.workflows.subsidy.ApplicationProcess;

/**
 * The same subsidy-application BPMN (and the subsidy DMN) on a bare standalone Camunda engine: H2 in memory, full
 * history, no job executor (the driver runs the async steps), no authorization, no plugins. Every delegate
 * expression resolves to a no-op that only sets the variable its gateway reads (eligible, no senior review,
 * reserved, the implementation timers' dates); the user tasks are completed with the outcomes the platform's
 * people give. Same path: three async service-task jobs, four service tasks, three user tasks.
 */
public final class BareEngineJourney implements Journey, AutoCloseable {

    private static final List<String> RESOURCES = List.of("bpmn/subsidy/subsidy-application.bpmn",
            "dmn/subsidy/subsidy-eligibility.dmn", "dmn/subsidy/subsidy-amount.dmn", "dmn/subsidy/review-routing.dmn");

    private final ProcessEngine engine;
    private final Clock clock;

    public BareEngineJourney(Clock clock) {
        this.clock = clock;
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:bare-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setBeans(noOpDelegates());
        this.engine = configuration.buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare subsidy");
        RESOURCES.forEach(deployment::addClasspathResource);
        deployment.deploy();
    }

    private Map<Object, Object> noOpDelegates() {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noOp = execution -> { };
        for (String name : List.of("withdrawApplication", "warnOfImplementationDeadline", "expireApplication",
                "settleApplicationAcceptance")) {
            beans.put(name, noOp);
        }
        beans.put("checkApplicationEligibility", (JavaDelegate) e -> e.setVariable(ApplicationProcess.ELIGIBLE, true));
        beans.put("routeApplicationReview", (JavaDelegate) e -> e.setVariable(ApplicationProcess.SENIOR_REQUIRED, false));
        beans.put("reserveApplicationBudget", (JavaDelegate) e -> e.setVariable(ApplicationProcess.RESERVED, true));
        beans.put("startApplicationImplementation", (JavaDelegate) e -> {
            Instant deadline = clock.instant().plus(Duration.ofDays(183));
            e.setVariable(ApplicationProcess.IMPLEMENTATION_DEADLINE, deadline.toString());
            e.setVariable(ApplicationProcess.IMPLEMENTATION_WARNING, deadline.minus(Duration.ofDays(30)).toString());
        });
        return beans;
    }

    @Override
    public void run(int n) {
        String applicationId = "bare-" + n + "-" + UUID.randomUUID();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ApplicationProcess.APPLICATION_ID, applicationId);
        variables.put(ApplicationProcess.AUTHORITY_TENANT_ID, "authority");
        variables.put(ApplicationProcess.SME_TENANT_ID, "sme");
        variables.put(ApplicationProcess.EXPERT_REVIEWER, null);
        String instance = engine.getRuntimeService().startProcessInstanceByKey(ApplicationProcess.KEY, applicationId,
                variables).getId();
        complete(instance, ApplicationProcess.DISTRICT_RECOMMENDATION, Map.of(ApplicationProcess.OUTCOME, "APPROVE"));
        complete(instance, ApplicationProcess.EXPERT_REVIEW, Map.of(ApplicationProcess.OUTCOME, "APPROVE",
                ApplicationProcess.EXPERT_REVIEWER, "reviewer"));
        complete(instance, ApplicationProcess.ACCEPT_OFFER, Map.of());
        waitFor(instance, ApplicationProcess.REQUEST_ACCEPTANCE);
    }

    private void complete(String instance, String taskKey, Map<String, Object> variables) {
        engine.getTaskService().complete(waitFor(instance, taskKey).getId(), variables);
    }

    /** Runs the instance's executable jobs until the task is there. */
    private Task waitFor(String instance, String taskKey) {
        for (int round = 0; round < 20; round++) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                    .taskDefinitionKey(taskKey).singleResult();
            if (task != null) {
                return task;
            }
            engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list()
                    .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("Bare journey " + instance + " did not reach " + taskKey);
    }

    @Override
    public void close() {
        engine.close();
    }
}
