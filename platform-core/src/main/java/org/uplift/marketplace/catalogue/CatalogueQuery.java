package org.uplift.marketplace.catalogue;

import java.math.BigDecimal;

import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;

/**
 * A catalogue search: free text in Chinese or English, filters (null: any), sort and page. Build it with
 * {@link #all()} or {@link #text(String)} and the {@code with…} methods.
 *
 * @param minRating       providers rated at least this (0–5)
 * @param subsidyEligible only packages with cost lines in a subsidy-eligible category
 * @param page            from 0
 */
public record CatalogueQuery(String text, SolutionCategory category, String dimension, String scenario,
        Long minPriceFen, Long maxPriceFen, Deployment deployment, BigDecimal minRating, boolean subsidyEligible,
        String providerTenantId, CatalogueSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public CatalogueQuery {
        text = text == null ? "" : text.strip();
        dimension = blankToNull(dimension);
        scenario = blankToNull(scenario);
        providerTenantId = blankToNull(providerTenantId);
        sort = sort == null ? CatalogueSort.RELEVANCE : sort;
    }

    public static CatalogueQuery all() {
        return text("");
    }

    public static CatalogueQuery text(String text) {
        return new CatalogueQuery(text, null, null, null, null, null, null, null, false, null, null, 0, DEFAULT_SIZE);
    }

    public CatalogueQuery withCategory(SolutionCategory value) {
        return new CatalogueQuery(text, value, dimension, scenario, minPriceFen, maxPriceFen, deployment, minRating,
                subsidyEligible, providerTenantId, sort, page, size);
    }

    public CatalogueQuery withDimension(String value) {
        return new CatalogueQuery(text, category, value, scenario, minPriceFen, maxPriceFen, deployment, minRating,
                subsidyEligible, providerTenantId, sort, page, size);
    }

    public CatalogueQuery withScenario(String value) {
        return new CatalogueQuery(text, category, dimension, value, minPriceFen, maxPriceFen, deployment, minRating,
                subsidyEligible, providerTenantId, sort, page, size);
    }

    /** Fen, both ends included; null leaves that end open. */
    public CatalogueQuery withPrice(Long min, Long max) {
        return new CatalogueQuery(text, category, dimension, scenario, min, max, deployment, minRating,
                subsidyEligible, providerTenantId, sort, page, size);
    }

    public CatalogueQuery withDeployment(Deployment value) {
        return new CatalogueQuery(text, category, dimension, scenario, minPriceFen, maxPriceFen, value, minRating,
                subsidyEligible, providerTenantId, sort, page, size);
    }

    public CatalogueQuery withMinRating(BigDecimal value) {
        return new CatalogueQuery(text, category, dimension, scenario, minPriceFen, maxPriceFen, deployment, value,
                subsidyEligible, providerTenantId, sort, page, size);
    }

    public CatalogueQuery withSubsidyEligible(boolean value) {
        return new CatalogueQuery(text, category, dimension, scenario, minPriceFen, maxPriceFen, deployment, minRating,
                value, providerTenantId, sort, page, size);
    }

    /** One provider's public packages (its profile page). */
    public CatalogueQuery withProvider(String value) {
        return new CatalogueQuery(text, category, dimension, scenario, minPriceFen, maxPriceFen, deployment, minRating,
                subsidyEligible, value, sort, page, size);
    }

    public CatalogueQuery sortedBy(CatalogueSort value) {
        return new CatalogueQuery(text, category, dimension, scenario, minPriceFen, maxPriceFen, deployment, minRating,
                subsidyEligible, providerTenantId, value, page, size);
    }

    public CatalogueQuery page(int number, int pageSize) {
        return new CatalogueQuery(text, category, dimension, scenario, minPriceFen, maxPriceFen, deployment, minRating,
                subsidyEligible, providerTenantId, sort, number, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
