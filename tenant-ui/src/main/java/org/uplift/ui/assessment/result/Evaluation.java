package org.uplift.ui.assessment.result;

import java.util.Optional;

import org.uplift.assessment.gap.Gap;
import org.uplift.assessment.scoring.Score;

/**
 * What a set of answers is worth: the score, the level (empty where the framework has no levels) and
 * the gap to the next level (empty at the top, or without levels).
 */
record Evaluation(Score score, Optional<Integer> level, Optional<Gap> gap) {

    boolean hasLevels() {
        return level.isPresent();
    }
}
