package org.uplift.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.uplift.marketplace.catalogue.CatalogueQuery;
import org.uplift.marketplace.catalogue.CatalogueSort;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;

import com.vaadin.flow.router.QueryParameters;

/** The catalogue page's state in the URL: what it writes it reads back, prices in yuan asked in fen. */
class SearchStateTest {

    @Test
    void a_search_survives_the_round_trip_through_the_url() {
        SearchState state = SearchState.initial().withText("质量 MES").withCategory(SolutionCategory.QUALITY)
                .withScenario("SC07").withPrice(new BigDecimal("1000.5"), new BigDecimal("30000"))
                .withDeployment(Deployment.SAAS).withMinRating(new BigDecimal("4")).withSubsidyEligible(true)
                .sortedBy(CatalogueSort.PRICE_ASC).page(2).comparing(List.of("a", "b"));

        SearchState read = SearchState.of(QueryParameters.fromString(state.toParameters().getQueryString()));

        assertThat(read).isEqualTo(state);
        CatalogueQuery query = read.toQuery();
        assertThat(query.minPriceFen()).isEqualTo(100_050L);
        assertThat(query.maxPriceFen()).isEqualTo(3_000_000L);
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.size()).isEqualTo(SearchState.DEFAULT_SIZE);
    }

    @Test
    void the_first_page_without_filters_has_an_empty_query_string() {
        assertThat(SearchState.initial().toParameters().getQueryString()).isEmpty();
    }

    @Test
    void values_that_do_not_parse_are_dropped_and_a_fraction_of_a_fen_asks_for_a_refused_price() {
        SearchState read = SearchState.of(QueryParameters.fromString(
                "category=TOYS&deployment=x&sort=CHEAP&page=two&minPrice=abc&maxPrice=0.001&compare=,a,,a"));

        assertThat(read.category()).isNull();
        assertThat(read.deployment()).isNull();
        assertThat(read.sort()).isEqualTo(CatalogueSort.RELEVANCE);
        assertThat(read.page()).isZero();
        assertThat(read.minYuan()).isNull();
        assertThat(read.compare()).containsExactly("a");
        assertThat(read.toQuery().maxPriceFen()).isNegative();
    }

    @Test
    void a_new_search_starts_on_the_first_page_and_keeps_the_comparison() {
        SearchState paged = SearchState.initial().page(3).comparing(List.of("a"));

        SearchState searched = paged.searching(s -> s.withText("设备"));

        assertThat(searched.page()).isZero();
        assertThat(searched.compare()).containsExactly("a");
        assertThat(SearchState.toggled(List.of("a", "b"), "a")).containsExactly("b");
        assertThat(SearchState.toggled(List.of("a"), "c")).containsExactly("a", "c");
    }
}
