package org.uplift.subsidy.application;

import java.time.LocalDate;
import java.util.List;

import org.uplift.marketplace.solution.CostLine;

/**
 * What the SME's owner applies with: the engagement, the programme, the cost lines by category (prefilled from
 * the engagement), the contract date and, when anything was paid already, the first payment date.
 */
public record ApplicationForm(String engagementId, String programmeId, List<CostLine> costLines,
        LocalDate contractDate, LocalDate paidOn) {

    public ApplicationForm {
        costLines = costLines == null ? List.of() : List.copyOf(costLines);
    }
}
