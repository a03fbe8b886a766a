package org.uplift.ui.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.CataloguePage;
import org.uplift.marketplace.catalogue.CatalogueSort;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Notices;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * "解决方案目录": the SME searches the catalogue (Chinese or English), filters, sorts, pages and picks up
 * to {@value Catalogue#MAX_COMPARED} packages to compare. Everything it chose stands in the URL
 * ({@link SearchState}): each change navigates, so a search can be shared and the back button goes back.
 */
@Route(CatalogueRoutes.CATALOGUE)
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<BigDecimal> RATINGS = List.of(new BigDecimal("3"), new BigDecimal("3.5"), new BigDecimal("4"),
            new BigDecimal("4.5"));

    private final transient Catalogue catalogue;
    private final transient FrameworkNames names;
    private final Locale locale;

    private final TextField text = new TextField();
    private final ComboBox<SolutionCategory> category = new ComboBox<>();
    private final ComboBox<String> dimension = new ComboBox<>();
    private final ComboBox<String> scenario = new ComboBox<>();
    private final BigDecimalField minPrice = new BigDecimalField();
    private final BigDecimalField maxPrice = new BigDecimalField();
    private final ComboBox<Deployment> deployment = new ComboBox<>();
    private final ComboBox<BigDecimal> minRating = new ComboBox<>();
    private final Checkbox subsidy = new Checkbox();
    private final Select<CatalogueSort> sort = new Select<>();
    private final FieldErrors errors = new FieldErrors();
    private final Div providerFilter = new Div();
    private final Span total = new Span();
    private final Div results = new Div();
    private final HorizontalLayout paging = new HorizontalLayout();
    private final HorizontalLayout compareBar = new HorizontalLayout();

    private SearchState state = SearchState.initial();

    public CatalogueView(Catalogue catalogue, FrameworkCatalog frameworks) {
        this.catalogue = catalogue;
        this.locale = getLocale();
        this.names = FrameworkNames.of(frameworks, Assessments.MIIT, locale);
        setId("catalogue");
        addClassName("uplift-page");
        add(new H2(getTranslation("catalogue.title")));
        add(searchBox(), filters(), providerFilter, compareBar, total, results, paging);
        total.setId("catalogue-total");
        results.setId("catalogue-results");
        results.setWidthFull();
        results.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(18rem, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        paging.setId("catalogue-paging");
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        compareBar.setId("compare-bar");
        compareBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        errors.bind("minPrice", minPrice).bind("maxPrice", maxPrice).bind("minRating", minRating);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.of(event.getLocation().getQueryParameters());
        showFields();
        search();
    }

    private HorizontalLayout searchBox() {
        text.setId("catalogue-search");
        text.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        text.setAriaLabel(getTranslation("catalogue.search.label"));
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setWidthFull();
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.searching(s -> s.withText(e.getValue())));
            }
        });
        var button = new Button(getTranslation("catalogue.search.button"),
                e -> go(state.searching(s -> s.withText(text.getValue()))));
        button.setId("catalogue-search-button");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickShortcut(Key.ENTER);
        var box = new HorizontalLayout(text, button);
        box.setWidthFull();
        return box;
    }

    private FlexLayout filters() {
        category.setId("filter-category");
        category.setLabel(getTranslation("catalogue.filter.category"));
        category.setItems(SolutionCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        onChange(category, v -> s -> s.withCategory(v));
        dimension.setId("filter-dimension");
        dimension.setLabel(getTranslation("catalogue.filter.dimension"));
        dimension.setItems(names.dimensionKeys());
        dimension.setItemLabelGenerator(names::dimension);
        onChange(dimension, v -> s -> s.withDimension(v));
        scenario.setId("filter-scenario");
        scenario.setLabel(getTranslation("catalogue.filter.scenario"));
        scenario.setItems(names.scenarioKeys());
        scenario.setItemLabelGenerator(names::scenario);
        onChange(scenario, v -> s -> s.withScenario(v));
        minPrice.setId("filter-min-price");
        minPrice.setLabel(getTranslation("catalogue.filter.minPrice"));
        minPrice.setSuffixComponent(new Span(getTranslation("catalogue.yuan")));
        onChange(minPrice, v -> s -> s.withPrice(v, s.maxYuan()));
        maxPrice.setId("filter-max-price");
        maxPrice.setLabel(getTranslation("catalogue.filter.maxPrice"));
        maxPrice.setSuffixComponent(new Span(getTranslation("catalogue.yuan")));
        onChange(maxPrice, v -> s -> s.withPrice(s.minYuan(), v));
        deployment.setId("filter-deployment");
        deployment.setLabel(getTranslation("catalogue.filter.deployment"));
        deployment.setItems(Deployment.values());
        deployment.setItemLabelGenerator(d -> getTranslation("marketplace.deployment." + d.name()));
        onChange(deployment, v -> s -> s.withDeployment(v));
        minRating.setId("filter-min-rating");
        minRating.setLabel(getTranslation("catalogue.filter.minRating"));
        minRating.setItems(RATINGS);
        minRating.setItemLabelGenerator(r -> getTranslation("catalogue.rating.atLeast", r));
        onChange(minRating, v -> s -> s.withMinRating(v));
        subsidy.setId("filter-subsidy");
        subsidy.setLabel(getTranslation("catalogue.filter.subsidyEligible"));
        subsidy.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.searching(s -> s.withSubsidyEligible(Boolean.TRUE.equals(e.getValue()))));
            }
        });
        sort.setId("catalogue-sort");
        sort.setLabel(getTranslation("catalogue.sort.label"));
        sort.setItems(CatalogueSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("catalogue.sort." + s.name()));
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.searching(s -> s.sortedBy(e.getValue())));
            }
        });
        List.of(category, dimension, scenario, deployment, minRating).forEach(c -> c.setClearButtonVisible(true));
        var filters = new FlexLayout(category, dimension, scenario, minPrice, maxPrice, deployment, minRating, sort,
                subsidy);
        filters.setId("catalogue-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        return filters;
    }

    private <V> void onChange(com.vaadin.flow.component.AbstractField<?, V> field,
            Function<V, Function<SearchState, SearchState>> change) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.searching(change.apply(e.getValue())));
            }
        });
    }

    private void showFields() {
        text.setValue(state.text());
        category.setValue(state.category());
        dimension.setValue(names.dimensionKeys().contains(state.dimension()) ? state.dimension() : null);
        scenario.setValue(names.scenarioKeys().contains(state.scenario()) ? state.scenario() : null);
        minPrice.setValue(state.minYuan());
        maxPrice.setValue(state.maxYuan());
        deployment.setValue(state.deployment());
        minRating.setValue(RATINGS.stream().filter(r -> state.minRating() != null && r.compareTo(state.minRating()) == 0)
                .findFirst().orElse(null));
        subsidy.setValue(state.subsidyEligible());
        sort.setValue(state.sort());
        errors.clear();
    }

    private void search() {
        results.removeAll();
        paging.removeAll();
        providerFilter.removeAll();
        CataloguePage page;
        try {
            page = catalogue.search(state.toQuery());
        } catch (InputRejectedException rejected) {
            errors.show(rejected, this);
            total.setText(getTranslation("catalogue.invalidSearch"));
            showCompareBar();
            return;
        }
        showProviderFilter(page);
        total.setText(getTranslation("catalogue.total", page.total()));
        if (page.items().isEmpty()) {
            var none = new Paragraph(getTranslation("catalogue.none"));
            none.setId("catalogue-none");
            results.add(none);
        }
        for (CatalogueItem item : page.items()) {
            var card = new PackageCard(item, names, locale);
            card.add(compareToggle(item.packageId()));
            results.add(card);
        }
        showPaging(page);
        showCompareBar();
    }

    private void showProviderFilter(CataloguePage page) {
        if (state.provider() == null) {
            return;
        }
        String name = page.items().stream().map(CatalogueItem::providerName).findFirst()
                .orElse(getTranslation("catalogue.filter.provider.unknown"));
        var clear = new Button(getTranslation("catalogue.filter.provider.clear"), VaadinIcon.CLOSE_SMALL.create(),
                e -> go(state.searching(s -> s.withProvider(null))));
        clear.setId("filter-provider-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var label = new Span(getTranslation("catalogue.filter.provider", name));
        label.setId("filter-provider");
        providerFilter.add(label, clear);
    }

    private void showPaging(CataloguePage page) {
        if (page.pages() <= 1) {
            return;
        }
        var previous = new Button(getTranslation("catalogue.page.previous"), e -> go(state.page(state.page() - 1)));
        previous.setId("catalogue-previous");
        previous.setEnabled(state.page() > 0);
        var next = new Button(getTranslation("catalogue.page.next"), e -> go(state.page(state.page() + 1)));
        next.setId("catalogue-next");
        next.setEnabled(state.page() + 1 < page.pages());
        var where = new Span(getTranslation("catalogue.page.of", state.page() + 1, page.pages()));
        where.setId("catalogue-page");
        paging.add(previous, where, next);
    }

    private Button compareToggle(String packageId) {
        boolean picked = state.compare().contains(packageId);
        var toggle = new Button(getTranslation(picked ? "catalogue.compare.remove" : "catalogue.compare.add"),
                e -> toggleCompared(packageId));
        toggle.setId("compare-" + packageId);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, picked ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    private void toggleCompared(String packageId) {
        if (!state.compare().contains(packageId) && state.compare().size() >= Catalogue.MAX_COMPARED) {
            Notices.error(getTranslation(Catalogue.TOO_MANY_TO_COMPARE, Catalogue.MAX_COMPARED));
            return;
        }
        go(state.comparing(SearchState.toggled(state.compare(), packageId)));
    }

    private void showCompareBar() {
        compareBar.removeAll();
        if (state.compare().isEmpty()) {
            compareBar.setVisible(false);
            return;
        }
        compareBar.setVisible(true);
        var count = new Span(getTranslation("catalogue.compare.picked", state.compare().size(), Catalogue.MAX_COMPARED));
        count.setId("compare-count");
        var open = new Button(getTranslation("catalogue.compare.open"),
                e -> CatalogueRoutes.open(CatalogueRoutes.compare(state.compare())));
        open.setId("compare-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setEnabled(state.compare().size() >= 2);
        var clear = new Button(getTranslation("catalogue.compare.clear"), e -> go(state.comparing(List.of())));
        clear.setId("compare-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        compareBar.add(count, open, clear);
    }

    private void go(SearchState next) {
        UI.getCurrent().navigate(CatalogueRoutes.CATALOGUE, next.toParameters());
    }
}
