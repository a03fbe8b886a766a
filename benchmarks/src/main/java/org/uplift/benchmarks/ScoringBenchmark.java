package org.uplift.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.gap.Gap;
import org.uplift.assessment.gap.GapAnalysis;
import org.uplift.assessment.gap.LevelThreshold;
import org.uplift.assessment.scoring.AnswerCheck;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.workflows.maturity.MaturityDecision;
import org.uplift.workflows.maturity.ThresholdsFromTable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Evaluating one complete MIIT 2024 assessment ({@link MiitAnswers}) as the what-if endpoint and the journey
 * do: check the answers, score them, decide the level, work out the gap to the next level. The level comes
 * either from the gates read out of the {@code maturity-level} table (pure Java) or from evaluating that table
 * with Camunda's DMN engine (what the journey's business rule task runs, minus the engine's database lookup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    Framework framework;
    Answers answers;
    List<LevelThreshold> thresholds;
    DmnEngine dmn;
    DmnDecision decision;

    @Setup
    public void load() throws IOException {
        try (InputStream in = resource("frameworks/miit-2024.yaml")) {
            framework = new ObjectMapper(new YAMLFactory()).readValue(in, Framework.class);
        }
        answers = MiitAnswers.answers();
        thresholds = ThresholdsFromTable.read();
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = resource(ThresholdsFromTable.RESOURCE)) {
            decision = dmn.parseDecision(MaturityDecision.KEY, in);
        }
        Score score = Scoring.score(framework, answers);
        int byGates = levelByGates(score);
        int byTable = levelByTable(score);
        if (byGates != byTable || byGates != 2) {
            throw new IllegalStateException("Expected level 2 both ways, got " + byGates + " and " + byTable);
        }
    }

    /** Scoring alone: per question, per dimension, total, scenario counts. */
    @Benchmark
    public Score score() {
        return Scoring.score(framework, answers);
    }

    /** Check, score, level from the table's gates, gap to the next level: the what-if evaluation in Java. */
    @Benchmark
    public Optional<Gap> evaluate() {
        AnswerCheck.check(framework, answers);
        Score score = Scoring.score(framework, answers);
        return GapAnalysis.toNextLevel(framework, answers, score, levelByGates(score), thresholds);
    }

    /** The same with the level decided by the DMN decision table (FEEL in Scala: needs a longer warm-up). */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public Optional<Gap> evaluateWithDecisionTable() {
        AnswerCheck.check(framework, answers);
        Score score = Scoring.score(framework, answers);
        return GapAnalysis.toNextLevel(framework, answers, score, levelByTable(score), thresholds);
    }

    /** The highest level whose gates all hold, as the table's FIRST hit policy from the top decides. */
    int levelByGates(Score score) {
        int level = 0;
        for (LevelThreshold gate : thresholds) {
            if (score.totalScore().compareTo(gate.minScore()) >= 0
                    && score.scenariosAtLeast().getOrDefault(gate.level(), 0) >= gate.minScenarios()
                    && score.constrainedScenariosAtLeast().getOrDefault(gate.level(), 0) >= gate.minConstrained()) {
                level = Math.max(level, gate.level());
            }
        }
        return level;
    }

    int levelByTable(Score score) {
        Object level = dmn.evaluateDecisionTable(decision, MaturityDecision.inputs(score)).getSingleResult().getSingleEntry();
        return ((Number) level).intValue();
    }

    private static InputStream resource(String name) {
        InputStream in = ScoringBenchmark.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }
}
