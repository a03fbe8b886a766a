package org.uplift.ui.catalogue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.uplift.SignedIn;
import org.uplift.UpliftTest;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/** The package page: costs by category, scenario coverage, the provider; in either language. The set-up: {@link CatalogueViewsFixture}. */
@UpliftTest
class PackageViewTest extends CatalogueViewsFixture {

    @Test
    void the_package_page_shows_costs_by_category_coverage_and_provider() {
        asOwner(() -> {
            openCatalogue("");
            ButtonKt._click(_get(Button.class, s -> s.withId("compare-" + gateway))); // picking keeps the card
            UI.getCurrent().navigate(CatalogueRoutes.detail(gateway));

            NavigatorKt.expectView(PackageView.class);
            assertThat(_get(H2.class, s -> s.withId("package-title")).getText()).isEqualTo("设备联网采集网关");
            assertThat(_get(H4.class, s -> s.withId("cost-DATA_COLLECTION_HARDWARE")).getText())
                    .isEqualTo(text("catalogue.detail.costCategory", "数据采集硬件", "¥80,000.00"));
            assertThat(_get(Paragraph.class, s -> s.withId("package-provider")).getText())
                    .isEqualTo(text("catalogue.card.provider", provider.name()));
            assertThat(_find(_get(Div.class, s -> s.withId("package-covers")),
                    com.vaadin.flow.component.html.ListItem.class)).extracting(i -> i.getText())
                    .containsExactly(text("catalogue.detail.scenarioTarget", "设备管理", 2));
            _get(Div.class, s -> s.withId("package-cases"));
            assertThat(_get(Anchor.class, s -> s.withId("package-request-quote")).getHref())
                    .isEqualTo("quotes/new/" + gateway);
        });
    }

    @Test
    void in_english_the_package_page_names_scenarios_and_cost_categories_in_english() {
        SignedIn.as(sme.owner(), () -> context.getBean(org.uplift.identity.Accounts.class)
                .changeLocale(sme.owner().userId(), "en"));

        asOwner(Locale.ENGLISH, () -> {
            UI.getCurrent().navigate(CatalogueRoutes.detail(gateway));

            assertThat(_get(H4.class, s -> s.withId("cost-DATA_COLLECTION_HARDWARE")).getText())
                    .isEqualTo(messages.getMessage("catalogue.detail.costCategory", new Object[] {
                            messages.getMessage("marketplace.costCategory.DATA_COLLECTION_HARDWARE", null, Locale.ENGLISH),
                            "¥80,000.00"}, Locale.ENGLISH));
            assertThat(_find(_get(Div.class, s -> s.withId("package-covers")),
                    com.vaadin.flow.component.html.ListItem.class)).extracting(i -> i.getText())
                    .containsExactly("Equipment management: to level 2");
        });
    }

    @Test
    void a_withdrawn_or_unknown_package_is_not_found() {
        asOwner(() -> {
            UI.getCurrent().navigate(CatalogueRoutes.detail("does-not-exist"));
            _get(Div.class, s -> s.withId("not-found"));
        });
    }
}
