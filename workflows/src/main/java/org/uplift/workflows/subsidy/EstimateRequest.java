package org.uplift.workflows.subsidy;

import java.util.List;

import org.uplift.marketplace.solution.CostLine;

/** What an SME (or anyone signed in) asks: these costs, this industry and district, this level. */
public record EstimateRequest(List<CostLine> costLines, String industryCode, String districtCode, int level) {

    public EstimateRequest {
        costLines = List.copyOf(costLines);
    }
}
