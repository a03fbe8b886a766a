package org.uplift.ui.catalogue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.uplift.UpliftTest;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** The catalogue's search: a Chinese query, filters and sorting in the URL, paging. The set-up: {@link CatalogueViewsFixture}. */
@UpliftTest
class CatalogueSearchViewTest extends CatalogueViewsFixture {

    @Test
    void a_chinese_query_finds_the_quality_management_packages_and_stands_in_the_url() {
        asOwner(() -> {
            openCatalogue("");
            assertThat(shown()).containsExactlyInAnyOrder(qualitySystem, qualityCloud, gateway, warehouse);

            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("catalogue-search")), "质量");

            assertThat(shown()).containsExactlyInAnyOrder(qualitySystem, qualityCloud);
            assertThat(param("q")).isEqualTo("质量");
            assertThat(_get(Span.class, s -> s.withId("catalogue-total")).getText())
                    .isEqualTo(text("catalogue.total", 2L));

            HasValueUtilsKt._setValue(_get(TextField.class, s -> s.withId("catalogue-search")), "WMS 仓储");
            assertThat(shown()).containsExactly(warehouse);
        });
    }

    @Test
    void a_shared_search_url_opens_with_its_filters_set() {
        asOwner(() -> {
            openCatalogue("&q=%E8%B4%A8%E9%87%8F&deployment=SAAS");

            assertThat(shown()).containsExactly(qualityCloud);
            assertThat(_get(TextField.class, s -> s.withId("catalogue-search")).getValue()).isEqualTo("质量");
            assertThat(this.<Deployment>combo("filter-deployment").getValue()).isEqualTo(Deployment.SAAS);
        });
    }

    @Test
    void filters_narrow_the_results() {
        asOwner(() -> {
            openCatalogue("");

            HasValueUtilsKt._setValue(combo("filter-category"), SolutionCategory.EQUIPMENT_IOT);
            assertThat(shown()).containsExactly(gateway);
            assertThat(param("category")).isEqualTo("EQUIPMENT_IOT");

            HasValueUtilsKt._setValue(combo("filter-category"), null);
            HasValueUtilsKt._setValue(combo("filter-deployment"), Deployment.SAAS);
            assertThat(shown()).containsExactlyInAnyOrder(qualityCloud, warehouse);

            HasValueUtilsKt._setValue(_get(Checkbox.class, s -> s.withId("filter-subsidy")), true);
            assertThat(shown()).containsExactly(qualityCloud);

            openCatalogue("");
            HasValueUtilsKt._setValue(_get(BigDecimalField.class, s -> s.withId("filter-max-price")),
                    new BigDecimal("30000"));
            assertThat(shown()).containsExactlyInAnyOrder(qualitySystem, qualityCloud);
            assertThat(param("maxPrice")).isEqualTo("30000");

            HasValueUtilsKt._setValue(_get(BigDecimalField.class, s -> s.withId("filter-min-price")),
                    new BigDecimal("12000.01"));
            assertThat(shown()).containsExactly(qualitySystem);

            HasValueUtilsKt._setValue(combo("filter-scenario"), "SC07");
            assertThat(shown()).containsExactly(qualitySystem);
            HasValueUtilsKt._setValue(combo("filter-min-rating"), new BigDecimal("4"));
            assertThat(shown()).isEmpty();
            _get(Paragraph.class, s -> s.withId("catalogue-none"));
        });
    }

    @Test
    void sorting_by_price_orders_the_cards() {
        asOwner(() -> {
            openCatalogue("&sort=PRICE_ASC");
            assertThat(shown()).containsExactly(qualityCloud, qualitySystem, warehouse, gateway);
            HasValueUtilsKt._setValue(_get(com.vaadin.flow.component.select.Select.class,
                    s -> s.withId("catalogue-sort")), org.uplift.marketplace.catalogue.CatalogueSort.PRICE_DESC);
            assertThat(shown()).containsExactly(gateway, warehouse, qualitySystem, qualityCloud);
            assertThat(_get(Span.class, s -> s.withId("package-price-" + gateway)).getText()).isEqualTo("¥80,000.00");
        });
    }

    @Test
    void a_negative_price_in_the_url_is_refused_on_the_field() {
        asOwner(() -> {
            openCatalogue("&minPrice=-5");

            assertThat(shown()).isEmpty();
            var min = _get(BigDecimalField.class, s -> s.withId("filter-min-price"));
            assertThat(min.isInvalid()).isTrue();
            assertThat(min.getErrorMessage()).isEqualTo(text("marketplace.catalogue.priceRange"));
        });
    }

    @Test
    void pages_go_forward_and_back() {
        asOwner(() -> {
            openCatalogue("&size=3&sort=PRICE_ASC");
            assertThat(shown()).containsExactly(qualityCloud, qualitySystem, warehouse);
            assertThat(_get(Span.class, s -> s.withId("catalogue-page")).getText()).isEqualTo(text("catalogue.page.of", 1, 2));
            assertThat(_get(Button.class, s -> s.withId("catalogue-previous")).isEnabled()).isFalse();

            click("catalogue-next");

            assertThat(shown()).containsExactly(gateway);
            assertThat(param("page")).isEqualTo("1");
            assertThat(_get(Button.class, s -> s.withId("catalogue-next")).isEnabled()).isFalse();

            click("catalogue-previous");
            assertThat(shown()).containsExactly(qualityCloud, qualitySystem, warehouse);
        });
    }
}
