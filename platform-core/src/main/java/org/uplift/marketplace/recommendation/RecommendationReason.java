package org.uplift.marketplace.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a package is recommended, as an i18n key and its arguments. Argument {0} is the names of the
 * scenarios or dimensions concerned, which the caller resolves in its language ({@link #arguments});
 * the numbers follow as the key's text expects:
 * <ul>
 * <li>{@value #RAISES_CONSTRAINED}: {1} target level, {2} constrained scenarios it brings there, {3} constrained
 * scenarios still needed ("raises 质量管理 to L2 — 1 of the 3 constrained scenarios you still need")</li>
 * <li>{@value #RAISES_SCENARIOS}: {1} target level, {2} scenarios it brings there, {3} scenarios still needed</li>
 * <li>{@value #IMPROVES_SCENARIO}: {1} the scenario's level now, {2} the level the package reaches, {3} target level</li>
 * <li>{@value #STRENGTHENS_DIMENSION}: {1} the points the plan's steps in those dimensions add</li>
 * </ul>
 *
 * @param keys scenario or dimension keys of the framework, for argument {0}
 */
public record RecommendationReason(String messageKey, List<String> keys, List<Object> numbers) {

    public static final String RAISES_CONSTRAINED = "marketplace.recommendation.raisesConstrained";
    public static final String RAISES_SCENARIOS = "marketplace.recommendation.raisesScenarios";
    public static final String IMPROVES_SCENARIO = "marketplace.recommendation.improvesScenario";
    public static final String STRENGTHENS_DIMENSION = "marketplace.recommendation.strengthensDimension";

    public RecommendationReason {
        keys = List.copyOf(keys);
        numbers = List.copyOf(numbers);
    }

    /**
     * The message arguments: the names of {@link #keys} (resolved by {@code name}, e.g. the framework's zh or en
     * name for the UI's locale) joined by {@code separator} ("、" in Chinese), then the numbers.
     */
    public List<Object> arguments(Function<String, String> name, String separator) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(keys.stream().map(name).collect(Collectors.joining(separator)));
        arguments.addAll(numbers);
        return arguments;
    }
}
