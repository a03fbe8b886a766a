package org.uplift.assessment.framework;

import java.math.BigDecimal;
import java.util.List;

/** A scored dimension; {@code maxPoints} is the sum of its questions' maxima. */
public record Dimension(String key, String nameZh, String nameEn, BigDecimal maxPoints, List<Question> questions) {

    public Dimension {
        questions = List.copyOf(questions);
    }
}
