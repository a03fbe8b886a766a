package org.uplift.ui.catalogue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.uplift.UpliftTest;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Comparing packages side by side, at most three. The set-up: {@link CatalogueViewsFixture}. */
@UpliftTest
class CatalogueCompareViewTest extends CatalogueViewsFixture {

    @Test
    void three_packages_are_compared_side_by_side_and_a_fourth_is_refused() {
        asOwner(() -> {
            openCatalogue("&sort=PRICE_ASC");
            click("compare-" + qualityCloud);
            click("compare-" + qualitySystem);
            click("compare-" + gateway);
            assertThat(param("compare")).isEqualTo(String.join(",", qualityCloud, qualitySystem, gateway));
            assertThat(_get(Span.class, s -> s.withId("compare-count")).getText())
                    .isEqualTo(text("catalogue.compare.picked", 3, 3));

            click("compare-" + warehouse);

            NotificationsKt.expectNotifications(text("marketplace.compare.tooMany", 3));
            assertThat(param("compare")).isEqualTo(String.join(",", qualityCloud, qualitySystem, gateway));

            click("compare-open");

            NavigatorKt.expectView(CompareView.class);
            @SuppressWarnings("unchecked")
            Grid<Object> grid = _get(Grid.class, s -> s.withId("compare-grid"));
            assertThat(grid.getColumns()).extracting(Grid.Column::getKey)
                    .containsExactly("label", qualityCloud, qualitySystem, gateway);
            int rows = GridKt._size(grid);
            List<String> labels = java.util.stream.IntStream.range(0, rows)
                    .mapToObj(i -> GridKt._getFormatted(grid, i, "label")).toList();
            int price = labels.indexOf(text("marketplace.compare.price"));
            assertThat(GridKt._getFormatted(grid, price, gateway)).isEqualTo("¥80,000.00");
            int quality = labels.indexOf(text("marketplace.compare.scenario", "质量管理"));
            assertThat(GridKt._getFormatted(grid, quality, qualitySystem)).isEqualTo(text("catalogue.compare.level", 3));
            assertThat(GridKt._getFormatted(grid, quality, gateway)).isEqualTo(text("catalogue.compare.none"));
        });
    }

    @Test
    void four_packages_in_a_compare_url_are_refused_with_the_reason() {
        asOwner(() -> {
            CatalogueRoutes.open(CatalogueRoutes.compare(List.of(qualityCloud, qualitySystem, gateway, warehouse)));

            assertThat(_get(Paragraph.class, s -> s.withId("compare-refused")).getText())
                    .isEqualTo(text("marketplace.compare.tooMany", 3));
            assertThat(_find(Grid.class)).isEmpty();
        });
    }
}
