package org.uplift.assessment.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scored question.
 *
 * @param bandSource for {@link QuestionKind#PERCENT_BAND}: the evidence fields whose ratio selects the band, if any
 */
public record Question(String key, String titleZh, String titleEn, QuestionKind kind, BigDecimal maxPoints,
        String definitionZh, List<Option> options, List<EvidenceField> evidenceFields, BandSource bandSource,
        List<String> evidenceMaterialsZh) {

    public Question {
        options = List.copyOf(options);
        evidenceFields = evidenceFields == null ? List.of() : List.copyOf(evidenceFields);
        evidenceMaterialsZh = evidenceMaterialsZh == null ? List.of() : List.copyOf(evidenceMaterialsZh);
    }

    public Optional<Option> option(String letter) {
        return options.stream().filter(o -> o.letter().equals(letter)).findFirst();
    }
}
