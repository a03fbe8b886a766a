package org.uplift.ui.catalogue;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/**
 * Where the catalogue is shown, by location string, so other views (the result page's improvement plan)
 * link here without depending on the view classes.
 */
public final class CatalogueRoutes {

    public static final String CATALOGUE = "catalogue";
    public static final String COMPARE = "catalogue/compare";
    public static final String RECOMMENDATIONS = "recommendations";

    private CatalogueRoutes() {
    }

    /** The catalogue filtered to the packages that improve this scenario. */
    public static String forScenario(String scenarioKey) {
        return CATALOGUE + "?" + SearchState.SCENARIO + "=" + scenarioKey;
    }

    public static String detail(String packageId) {
        return CATALOGUE + "/" + packageId;
    }

    public static String compare(List<String> packageIds) {
        return COMPARE + "?" + CompareView.IDS + "=" + String.join(",", packageIds);
    }

    /** Navigates to a location with query parameters ({@code UI.navigate(String)} would keep them in the path). */
    public static void open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }
}
