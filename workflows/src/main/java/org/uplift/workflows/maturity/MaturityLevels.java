package org.uplift.workflows.maturity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.scoring.Score;

/** Decides the level of a score with the framework's {@code maturity-level} decision table. */
@Service
public class MaturityLevels {

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final Map<String, List<LevelThreshold>> thresholds = new ConcurrentHashMap<>();

    MaturityLevels(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    /** The level (0 = none), or empty when the framework has no level rules. */
    public Optional<Integer> level(String frameworkId, String version, Score score) {
        return definition(frameworkId, version).map(definition -> {
            Object level = decisions.evaluateDecisionTableById(definition.getId(), MaturityDecision.inputs(score))
                    .getSingleResult()
                    .getSingleEntry();
            return ((Number) level).intValue();
        });
    }

    /** The gates of each level as the decision table states them, lowest level first. */
    public List<LevelThreshold> thresholds(String frameworkId, String version) {
        return definition(frameworkId, version)
                .map(d -> thresholds.computeIfAbsent(d.getId(), id -> DecisionTableThresholds.read(
                        repository.getDmnModelInstance(id), MaturityDecision.KEY)))
                .orElse(List.of());
    }

    private Optional<DecisionDefinition> definition(String frameworkId, String version) {
        return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(MaturityDecision.KEY)
                .versionTag(MaturityDecision.versionTag(frameworkId, version)).latestVersion().singleResult());
    }

}
