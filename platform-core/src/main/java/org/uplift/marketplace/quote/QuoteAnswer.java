package org.uplift.marketplace.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.uplift.marketplace.solution.CostLine;

/**
 * A provider's answer: the total in fen and the cost lines that add up to it, the scope, the timeline (in weeks,
 * or a delivery date) and the proposed milestones. Null list elements are kept so validation can name them.
 */
public record QuoteAnswer(long totalFen, List<CostLine> costLines, String scope, Integer timelineWeeks,
        LocalDate deliverBy, List<QuoteMilestone> milestones) {

    public QuoteAnswer {
        costLines = copy(costLines);
        scope = scope == null ? null : scope.strip();
        milestones = copy(milestones);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
