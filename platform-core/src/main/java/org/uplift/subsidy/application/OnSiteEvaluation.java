package org.uplift.subsidy.application;

import java.time.Instant;
import java.util.List;

/**
 * The evaluator's findings on site: the level confirmed (a correction of T1's level carries its reason), the
 * checklist items ticked and the SME's satisfaction with the provider (1–5).
 */
public record OnSiteEvaluation(int confirmedLevel, String correctionReason, List<String> checkedItems,
        int providerSatisfaction, String evaluatedBy, Instant evaluatedAt) {

    public OnSiteEvaluation {
        checkedItems = checkedItems == null ? List.of() : List.copyOf(checkedItems);
    }
}
