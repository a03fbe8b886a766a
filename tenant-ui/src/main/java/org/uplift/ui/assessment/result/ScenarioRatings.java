package org.uplift.ui.assessment.result;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** Each scenario's rating (0–4) with the descriptor of the level it reached, by area. */
class ScenarioRatings extends Div {

    record Row(String area, String scenario, boolean constrained, int rating, String descriptor) {
    }

    ScenarioRatings(Framework framework, Map<String, Integer> ratings) {
        setId("scenario-ratings");
        addClassName("uplift-card");
        Locale locale = getLocale();
        var grid = new Grid<Row>();
        grid.addColumn(Row::area).setHeader(getTranslation("result.scenarios.area")).setAutoWidth(true);
        grid.addColumn(Row::scenario).setHeader(getTranslation("result.scenarios.name")).setAutoWidth(true);
        grid.addColumn(row -> row.constrained() ? getTranslation("result.scenarios.constrained") : "")
                .setHeader(getTranslation("result.scenarios.constrained")).setAutoWidth(true);
        grid.addColumn(Row::rating).setHeader(getTranslation("result.scenarios.rating")).setAutoWidth(true);
        grid.addColumn(Row::descriptor).setHeader(getTranslation("result.scenarios.descriptor")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(rows(framework, ratings, locale));
        add(new H3(getTranslation("result.scenarios.title")), grid);
    }

    private List<Row> rows(Framework framework, Map<String, Integer> ratings, Locale locale) {
        return framework.scenarioAreas().stream().flatMap(area -> area.scenarios().stream()
                .map(scenario -> row(area, scenario, ratings.getOrDefault(scenario.key(), 0), locale))).toList();
    }

    private Row row(ScenarioArea area, Scenario scenario, int rating, Locale locale) {
        String descriptor = scenario.levels().stream().filter(level -> level.level() == rating).findFirst()
                .map(level -> Texts.of(locale, level.zh(), level.en()))
                .orElseGet(() -> getTranslation("result.scenarios.notReached"));
        return new Row(Texts.of(locale, area.nameZh(), area.nameEn()),
                Texts.of(locale, scenario.nameZh(), scenario.nameEn()), scenario.constrained(), rating, descriptor);
    }
}
