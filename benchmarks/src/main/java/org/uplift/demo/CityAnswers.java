package org.uplift.demo;

import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.scoring.Answers;

/** The demo peers' answer model ({@link DemoAnswers}), opened to the city generator. */
public final class CityAnswers {

    private CityAnswers() {
    }

    /** Plausible answers of an SME of this digital maturity (0 paper, 1 fully digital), the same for a seed. */
    public static Answers draw(Framework framework, double maturity, long seed) {
        return DemoAnswers.draw(framework, maturity, seed);
    }
}
