package org.uplift.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.assessment.gap.Gap;
import org.uplift.assessment.gap.GapAnalysis;
import org.uplift.assessment.scoring.AnswerCheck;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.workflows.maturity.MaturityLevels;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Stateless what-if evaluation: score answers against the latest version of a framework, decide the
 * level and the gap to the next one. Nothing is stored. Any tenant's token may call it.
 */
@RestController
@RequestMapping("/api/v1/frameworks")
class FrameworkApi {

    private final ApiCaller caller;
    private final FrameworkCatalog frameworks;
    private final MaturityLevels levels;

    FrameworkApi(ApiCaller caller, FrameworkCatalog frameworks, MaturityLevels levels) {
        this.caller = caller;
        this.frameworks = frameworks;
        this.levels = levels;
    }

    record Evaluation(String frameworkId, String version, BigDecimal totalScore, Map<String, BigDecimal> dimensionScores,
            Map<String, BigDecimal> questionScores, Integer level, List<Gap> gaps) {
    }

    @PostMapping("/{frameworkId}/evaluate")
    Evaluation evaluate(@PathVariable String frameworkId, @RequestBody JsonNode body) {
        caller.get();
        Framework framework = frameworks.latest(frameworkId).orElseThrow(ApiProblems.NotFound::new);
        Answers answers = EvaluationRequest.read(body);
        AnswerCheck.check(framework, answers);
        Score score = Scoring.score(framework, answers);
        Integer level = levels.level(framework.id(), framework.version(), score).orElse(null);
        List<Gap> gaps = level == null ? List.of()
                : GapAnalysis.toNextLevel(framework, answers, score, level,
                        levels.thresholds(framework.id(), framework.version())).stream().toList();
        return new Evaluation(framework.id(), framework.version(), score.totalScore(), score.dimensionScores(),
                score.questionScores(), level, gaps);
    }
}
