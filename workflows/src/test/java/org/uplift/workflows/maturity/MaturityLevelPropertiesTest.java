package org.uplift.workflows.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the {@code maturity-level} table on its own (the DMN engine without Spring): more points
 * or more scenarios at a level never lower the level.
 */
class MaturityLevelPropertiesTest {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision DECISION = parse();

    private static DmnDecision parse() {
        try (InputStream dmn = MaturityLevelPropertiesTest.class.getResourceAsStream("/dmn/maturity/maturity-level.dmn")) {
            return ENGINE.parseDecision(MaturityDecision.KEY, dmn);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Ratings of 16 scenarios, the first 10 constrained, as the level counts see them. */
    record Ratings(double total, int[] ratings) {

        VariableMap variables() {
            VariableMap variables = Variables.createVariables().putValue(MaturityDecision.TOTAL_SCORE, total);
            for (int n = 1; n <= 4; n++) {
                int all = 0;
                int constrained = 0;
                for (int i = 0; i < ratings.length; i++) {
                    if (ratings[i] >= n) {
                        all++;
                        constrained += i < 10 ? 1 : 0;
                    }
                }
                variables.putValue(MaturityDecision.scenariosAtLevel(n), all)
                        .putValue(MaturityDecision.constrainedAtLevel(n), constrained);
            }
            return variables;
        }
    }

    static int level(Ratings ratings) {
        Number level = ENGINE.evaluateDecisionTable(DECISION, ratings.variables()).getSingleResult().getSingleEntry();
        return level.intValue();
    }

    @Provide
    Arbitrary<Ratings> ratings() {
        return Combinators.combine(Arbitraries.integers().between(0, 10000).map(i -> i / 100.0),
                Arbitraries.integers().between(0, 4).array(int[].class).ofSize(16)).as(Ratings::new);
    }

    @Property
    void more_points_never_lower_the_level(@ForAll("ratings") Ratings ratings,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 10000) int extraHundredths) {
        Ratings better = new Ratings(Math.min(100.0, ratings.total() + extraHundredths / 100.0), ratings.ratings());
        assertThat(level(better)).isGreaterThanOrEqualTo(level(ratings));
    }

    @Property
    void rating_a_scenario_higher_never_lowers_the_level(@ForAll("ratings") Ratings ratings,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 15) int scenario) {
        int[] raised = ratings.ratings().clone();
        raised[scenario] = Math.min(4, raised[scenario] + 1);
        assertThat(level(new Ratings(ratings.total(), raised))).isGreaterThanOrEqualTo(level(ratings));
    }

    @Property
    void the_level_is_always_between_none_and_four(@ForAll("ratings") Ratings ratings) {
        assertThat(level(ratings)).isBetween(0, 4);
    }
}
