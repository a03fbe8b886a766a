package org.uplift.subsidy.application;

import java.util.List;

/** What the evaluator enters: the level confirmed, why it differs from T1 (if it does), ticks, satisfaction. */
public record EvaluationForm(Integer confirmedLevel, String correctionReason, List<String> checkedItems,
        Integer providerSatisfaction) {

    public EvaluationForm {
        checkedItems = checkedItems == null ? List.of() : List.copyOf(checkedItems);
    }
}
