package org.uplift.assessment.framework;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of an assessment framework. An assessment pins {@code id} and {@code version}, so it
 * stays readable after a newer version of the framework arrives.
 *
 * @param scoring        how dimension scores combine into the total
 * @param scenarioAreas  scenarios rated 0–4 that gate the level (empty where the framework has none)
 */
public record Framework(String id, String version, String nameZh, String nameEn, ScoringMethod scoring,
        List<Dimension> dimensions, List<ScenarioArea> scenarioAreas) {

    public Framework {
        dimensions = List.copyOf(dimensions);
        scenarioAreas = scenarioAreas == null ? List.of() : List.copyOf(scenarioAreas);
    }

    public Stream<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream());
    }

    public Stream<Scenario> scenarios() {
        return scenarioAreas.stream().flatMap(a -> a.scenarios().stream());
    }

    public Optional<Question> question(String key) {
        return questions().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<Scenario> scenario(String key) {
        return scenarios().filter(s -> s.key().equals(key)).findFirst();
    }

    public Dimension dimensionOf(Question question) {
        return dimensions.stream().filter(d -> d.questions().contains(question)).findFirst().orElseThrow();
    }
}
