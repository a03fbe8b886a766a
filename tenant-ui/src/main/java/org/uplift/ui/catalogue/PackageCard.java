package org.uplift.ui.catalogue;

import java.util.Locale;
import java.util.stream.Collectors;

import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.platform.Formats;
import org.uplift.ui.component.Localized;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One package in a result grid: name (a link to its page), provider, price, category, the dimensions and
 * scenarios it improves (with the level each reaches), and a subsidy hint. Carries
 * {@code data-package="<id>"} for tests and scripts.
 */
class PackageCard extends Div {

    PackageCard(CatalogueItem item, FrameworkNames names, Locale locale) {
        addClassName("uplift-card");
        getElement().setAttribute("data-package", item.packageId());
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        var name = new Anchor(CatalogueRoutes.detail(item.packageId()), Localized.text(locale, item.nameZh(), item.nameEn()));
        name.getElement().setAttribute("router-link", true);
        name.setId("package-name-" + item.packageId());
        var title = new H3(name);
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        var provider = new Span(getTranslation("catalogue.card.provider", item.providerName()));
        provider.addClassName("uplift-muted");
        var price = new Span(Formats.yuan(item.priceFen()));
        price.setId("package-price-" + item.packageId());
        price.getStyle().set("font-weight", "600");
        var category = new Span(getTranslation(item.category().messageKey()));
        category.getElement().getThemeList().add("badge");
        add(title, provider, new Div(price, new Span(" "), category));
        if (item.subsidyEligible()) {
            var subsidy = new Span(getTranslation("catalogue.card.subsidyEligible"));
            subsidy.getElement().getThemeList().add("badge success");
            add(new Div(subsidy));
        }
        add(new Paragraph(Localized.text(locale, item.summaryZh(), item.summaryEn())));
        if (!item.dimensions().isEmpty()) {
            add(new Span(getTranslation("catalogue.card.dimensions", item.dimensions().stream().map(names::dimension)
                    .collect(Collectors.joining(getTranslation("catalogue.separator"))))));
        }
        if (!item.scenarios().isEmpty()) {
            add(new Span(getTranslation("catalogue.card.scenarios", item.scenarios().stream()
                    .map(s -> getTranslation("catalogue.scenarioLevel", names.scenario(s.scenarioKey()), s.level()))
                    .collect(Collectors.joining(getTranslation("catalogue.separator"))))));
        }
    }
}
