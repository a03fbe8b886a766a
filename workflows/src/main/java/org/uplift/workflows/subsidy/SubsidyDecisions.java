package org.uplift.workflows.subsidy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.stereotype.Service;

/**
 * Evaluates the subsidy decisions of the authority that runs a programme, with the programme's parameters
 * as inputs. Each authority has its own deployment (Camunda tenant id = the authority's tenant id), made
 * from the platform's tables the first time its rules are needed; a city with different rules deploys its
 * own versions of these decision keys for its tenant, and its latest version is the one used.
 */
@Service
public class SubsidyDecisions {

    public static final String ELIGIBILITY = "subsidy-eligibility";
    public static final String AMOUNT = "subsidy-amount";
    public static final String ROUTING = "review-routing";
    static final List<String> RESOURCES = List.of("dmn/subsidy/subsidy-eligibility.dmn",
            "dmn/subsidy/subsidy-amount.dmn", "dmn/subsidy/review-routing.dmn");

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final Set<String> deployed = ConcurrentHashMap.newKeySet();

    SubsidyDecisions(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    /**
     * Deploys the authority's rules unless they are there already. Call it outside a process step (before
     * starting a process that evaluates them): a deployment made inside a step's command is only visible once
     * that command commits, so the evaluation in the same step would not find it.
     */
    public void prepare(String authorityTenantId) {
        deployedFor(authorityTenantId);
    }

    /** The reason codes of ineligibility; empty when eligible. */
    public List<String> ineligibility(String authorityTenantId, Map<String, Object> inputs) {
        return decisions.evaluateDecisionByKey(ELIGIBILITY).decisionDefinitionTenantId(deployedFor(authorityTenantId))
                .variables(inputs).evaluate().collectEntries("reason");
    }

    /** The cap that applies at the level (fen). */
    public long capFen(String authorityTenantId, Map<String, Object> inputs) {
        Object cap = decisions.evaluateDecisionByKey(AMOUNT).decisionDefinitionTenantId(deployedFor(authorityTenantId))
                .variables(inputs).evaluate().getSingleEntry();
        return ((Number) cap).longValue();
    }

    /** Why a senior reviewer must also approve; empty when one review suffices. */
    public List<String> seniorReviewReasons(String authorityTenantId, Map<String, Object> inputs) {
        return decisions.evaluateDecisionByKey(ROUTING).decisionDefinitionTenantId(deployedFor(authorityTenantId))
                .variables(inputs).evaluate().collectEntries("reason");
    }

    private String deployedFor(String tenant) {
        if (deployed.contains(tenant)) {
            return tenant;
        }
        synchronized (this) {
            if (repository.createDecisionDefinitionQuery().decisionDefinitionKey(ELIGIBILITY).tenantIdIn(tenant)
                    .count() == 0) {
                DeploymentBuilder deployment = repository.createDeployment().name("subsidy-rules").tenantId(tenant);
                RESOURCES.forEach(deployment::addClasspathResource);
                deployment.deploy();
            }
            deployed.add(tenant);
        }
        return tenant;
    }
}
