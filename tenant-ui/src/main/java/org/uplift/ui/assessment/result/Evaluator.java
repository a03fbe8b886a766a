package org.uplift.ui.assessment.result;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.gap.GapAnalysis;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.workflows.maturity.MaturityLevels;

/** Scores answers, decides their level and the gap to the next one, as the evaluate API does. Stores nothing. */
@Component
class Evaluator {

    private final MaturityLevels levels;

    Evaluator(MaturityLevels levels) {
        this.levels = levels;
    }

    Evaluation evaluate(Framework framework, Answers answers) {
        Score score = Scoring.score(framework, answers);
        Optional<Integer> level = levels.level(framework.id(), framework.version(), score);
        return new Evaluation(score, level, level.flatMap(current -> GapAnalysis.toNextLevel(framework, answers, score,
                current, levels.thresholds(framework.id(), framework.version()))));
    }
}
