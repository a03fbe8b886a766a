package org.uplift.ui.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.uplift.assessment.framework.FrameworkCatalog;
import org.uplift.marketplace.catalogue.Catalogue;
import org.uplift.marketplace.catalogue.CatalogueItem;
import org.uplift.marketplace.catalogue.Comparison;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.Deployment;
import org.uplift.marketplace.solution.SolutionCategory;
import org.uplift.platform.Formats;
import org.uplift.ui.component.Localized;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Up to {@value Catalogue#MAX_COMPARED} packages side by side ({@code ?ids=a,b,c}): one column per package,
 * a row per property the catalogue compares. More, or a package no longer visible, is refused with the
 * catalogue's translated reason.
 */
@Route(CatalogueRoutes.COMPARE)
@RolesAllowed({"ENTERPRISE_OWNER", "ENTERPRISE_MEMBER"})
public class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String IDS = "ids";

    private final transient Catalogue catalogue;
    private final transient FrameworkCatalog frameworks;

    public CompareView(Catalogue catalogue, FrameworkCatalog frameworks) {
        this.catalogue = catalogue;
        this.frameworks = frameworks;
        setId("catalogue-compare");
        addClassName("uplift-page");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.compare.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var back = new Anchor(CatalogueRoutes.CATALOGUE, getTranslation("catalogue.back"));
        back.getElement().setAttribute("router-link", true);
        add(back, new H2(getTranslation("catalogue.compare.title")));
        List<String> ids = event.getLocation().getQueryParameters().getParameters().getOrDefault(IDS, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
        try {
            show(catalogue.compare(ids));
        } catch (InputRejectedException rejected) {
            var refused = new Paragraph(rejected.violations().stream()
                    .map(v -> getTranslation(v.messageKey(), v.arguments().toArray())).distinct()
                    .collect(Collectors.joining(" ")));
            refused.setId("compare-refused");
            add(refused);
        }
    }

    private void show(Comparison comparison) {
        Locale locale = getLocale();
        List<CatalogueItem> items = comparison.packages();
        FrameworkNames names = FrameworkNames.of(frameworks, items.get(0).content().frameworkId(), locale);
        var grid = new Grid<Comparison.Row>();
        grid.setId("compare-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(row -> label(row, names)).setHeader("").setKey("label").setFlexGrow(1);
        for (int i = 0; i < items.size(); i++) {
            int column = i;
            CatalogueItem item = items.get(i);
            var header = new Anchor(CatalogueRoutes.detail(item.packageId()),
                    Localized.text(locale, item.nameZh(), item.nameEn()));
            header.getElement().setAttribute("router-link", true);
            grid.addColumn(row -> value(row, row.values().get(column), locale)).setHeader(header)
                    .setKey(item.packageId()).setFlexGrow(2);
        }
        grid.setItems(comparison.rows());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String label(Comparison.Row row, FrameworkNames names) {
        Object[] arguments = row.labelArguments().stream().map(a -> a instanceof CostCategory c
                ? getTranslation("marketplace.costCategory." + c.name())
                : names.any(String.valueOf(a))).toArray();
        return getTranslation(row.labelKey(), arguments);
    }

    private String value(Comparison.Row row, Object value, Locale locale) {
        if (value == null) {
            return getTranslation("catalogue.compare.none");
        }
        return switch (row.labelKey()) {
            case "marketplace.compare.price", "marketplace.compare.cost", "marketplace.compare.eligibleCost" ->
                Formats.yuan(((Number) value).longValue());
            case "marketplace.compare.scenario" -> getTranslation("catalogue.compare.level", value);
            case "marketplace.compare.rating" -> ((BigDecimal) value).signum() > 0 ? ((BigDecimal) value).toPlainString()
                    : getTranslation("catalogue.detail.notRated");
            default -> plain(value);
        };
    }

    private String plain(Object value) {
        if (value instanceof Boolean yes) {
            return getTranslation(yes ? "catalogue.compare.yes" : "catalogue.compare.no");
        }
        if (value instanceof SolutionCategory category) {
            return getTranslation(category.messageKey());
        }
        if (value instanceof Deployment deployment) {
            return getTranslation("marketplace.deployment." + deployment.name());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::plain).collect(Collectors.joining(getTranslation("catalogue.separator")));
        }
        return String.valueOf(value);
    }
}
