package org.uplift.ui.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.marketplace.solution.PackageContent;
import org.uplift.marketplace.solution.ReferenceCase;
import org.uplift.platform.Formats;
import org.uplift.ui.component.Localized;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * One package of the catalogue, as its latest published version says: what it does and covers, its cost
 * lines by category, the scenarios and dimensions it improves, delivery, deployment, reference cases and
 * provider. A withdrawn package, a suspended provider's or an unknown id is "not found".
 */
@Route(CatalogueRoutes.CATALOGUE + "/:" + PackageView.PACKAGE_ID)
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class PackageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PACKAGE_ID = "packageId";

    private final transient Catalogue catalogue;
    private final transient FrameworkCatalog frameworks;
    private String title = "";

    public PackageView(Catalogue catalogue, FrameworkCatalog frameworks) {
        this.catalogue = catalogue;
        this.frameworks = frameworks;
        setId("catalogue-package");
        addClassName("uplift-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CatalogueItem> found = event.getRouteParameters().get(PACKAGE_ID).flatMap(catalogue::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        show(found.get());
    }

    private void show(CatalogueItem item) {
        Locale locale = getLocale();
        PackageContent content = item.content();
        FrameworkNames names = FrameworkNames.of(frameworks, content.frameworkId(), locale);
        title = Localized.text(locale, item.nameZh(), item.nameEn());
        var back = new Anchor(CatalogueRoutes.CATALOGUE, getTranslation("catalogue.back"));
        back.getElement().setAttribute("router-link", true);
        var name = new H2(title);
        name.setId("package-title");
        var provider = new Paragraph(getTranslation("catalogue.card.provider", item.providerName()));
        provider.setId("package-provider");
        var category = new Span(getTranslation(item.category().messageKey()));
        category.getElement().getThemeList().add("badge");
        // by route name: the quotes views link here, so this one does not import them
        var requestQuote = new Anchor("quotes/new/" + item.packageId(), getTranslation("catalogue.detail.requestQuote"));
        requestQuote.getElement().setAttribute("router-link", true);
        requestQuote.setId("package-request-quote");
        add(back, name, provider, category, requestQuote);
        add(new Paragraph(Localized.text(locale, content.summaryZh(), content.summaryEn())));
        var description = new Paragraph(Localized.text(locale, content.descriptionZh(), content.descriptionEn()));
        description.setId("package-description");
        description.getStyle().set("white-space", "pre-line");
        add(description);
        add(facts(item, locale));
        add(costs(content, item, locale));
        add(covers(content, names));
        if (!content.referenceCases().isEmpty()) {
            add(referenceCases(content.referenceCases()));
        }
    }

    private Div facts(CatalogueItem item, Locale locale) {
        var facts = card("package-facts", "catalogue.detail.facts");
        var list = new UnorderedList();
        var price = new ListItem(getTranslation("catalogue.detail.price", Formats.yuan(item.priceFen())));
        price.setId("package-price");
        list.add(price);
        list.add(new ListItem(getTranslation("catalogue.detail.priceCovers",
                Localized.text(locale, item.content().priceCoversZh(), item.content().priceCoversEn()))));
        var delivery = new ListItem(getTranslation("catalogue.detail.deliveryDays", item.deliveryDays()));
        delivery.setId("package-delivery");
        list.add(delivery);
        list.add(new ListItem(getTranslation("catalogue.detail.deployments", new TreeSet<>(item.deployments()).stream()
                .map(d -> getTranslation("marketplace.deployment." + d.name()))
                .collect(Collectors.joining(getTranslation("catalogue.separator"))))));
        list.add(new ListItem(item.providerRating().signum() > 0
                ? getTranslation("catalogue.detail.rating", item.providerRating())
                : getTranslation("catalogue.detail.notRated")));
        list.add(new ListItem(item.subsidyEligible()
                ? getTranslation("catalogue.detail.subsidyEligible", Formats.yuan(item.eligibleCostFen()))
                : getTranslation("catalogue.detail.notSubsidyEligible")));
        facts.add(list);
        return facts;
    }

    private Div costs(PackageContent content, CatalogueItem item, Locale locale) {
        var costs = card("package-costs", "catalogue.detail.costs");
        for (CostCategory category : new TreeSet<>(content.costLines().stream().map(CostLine::category).toList())) {
            List<CostLine> lines = content.costLines().stream().filter(l -> l.category() == category).toList();
            long sum = lines.stream().mapToLong(CostLine::amountFen).sum();
            var heading = new H4(getTranslation("catalogue.detail.costCategory",
                    getTranslation("marketplace.costCategory." + category.name()), Formats.yuan(sum)));
            heading.setId("cost-" + category.name());
            var list = new UnorderedList();
            lines.forEach(l -> list.add(new ListItem(getTranslation("catalogue.detail.costLine", l.description(),
                    Formats.yuan(l.amountFen())))));
            costs.add(heading, list);
        }
        costs.add(new Paragraph(getTranslation("catalogue.detail.costTotal", Formats.yuan(item.priceFen()))));
        return costs;
    }

    private Div covers(PackageContent content, FrameworkNames names) {
        var covers = card("package-covers", "catalogue.detail.covers");
        if (!content.scenarios().isEmpty()) {
            covers.add(new H4(getTranslation("catalogue.detail.scenarios")));
            var list = new UnorderedList();
            content.scenarios().forEach(s -> {
                var line = new ListItem(getTranslation("catalogue.detail.scenarioTarget", names.scenario(s.scenarioKey()),
                        s.level()));
                line.getElement().setAttribute("data-scenario", s.scenarioKey());
                list.add(line);
            });
            covers.add(list);
        }
        if (!content.dimensions().isEmpty()) {
            covers.add(new H4(getTranslation("catalogue.detail.dimensions")));
            var list = new UnorderedList();
            content.dimensions().forEach(d -> list.add(new ListItem(names.dimension(d))));
            covers.add(list);
        }
        return covers;
    }

    private Div referenceCases(List<ReferenceCase> cases) {
        var section = card("package-cases", "catalogue.detail.referenceCases");
        var list = new UnorderedList();
        cases.forEach(c -> list.add(new ListItem(getTranslation("catalogue.detail.referenceCase", c.client(),
                c.industry(), c.year(), c.outcome()))));
        section.add(list);
        return section;
    }

    private Div card(String id, String titleKey) {
        var card = new Div(new H3(getTranslation(titleKey)));
        card.setId(id);
        card.addClassName("uplift-card");
        card.setWidthFull();
        return card;
    }
}
