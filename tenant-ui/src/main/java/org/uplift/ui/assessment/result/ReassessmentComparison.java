package org.uplift.ui.assessment.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/**
 * T0 → T1: the previous assessment's total, dimension scores and level next to this one's, with the
 * change. Dimensions are matched by key, so a re-assessment on a newer framework version still compares.
 */
class ReassessmentComparison extends Div {

    record Row(String item, String before, String after, String change) {
    }

    ReassessmentComparison(Framework framework, Assessment previous, Optional<Integer> previousLevel,
            Assessment current, Optional<Integer> currentLevel) {
        setId("t0-t1");
        var grid = new Grid<Row>();
        addClassName("uplift-card");
        grid.addColumn(Row::item).setHeader(getTranslation("result.t0t1.item")).setFlexGrow(2);
        grid.addColumn(Row::before).setHeader(getTranslation("result.t0t1.before"));
        grid.addColumn(Row::after).setHeader(getTranslation("result.t0t1.after"));
        grid.addColumn(Row::change).setHeader(getTranslation("result.t0t1.change"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        List<Row> rows = new ArrayList<>();
        rows.add(scores(getTranslation("result.total"), previous.getTotalScore(), current.getTotalScore()));
        for (Dimension dimension : framework.dimensions()) {
            rows.add(scores(Texts.of(getLocale(), dimension.nameZh(), dimension.nameEn()),
                    previous.getDimensionScores().get(dimension.key()),
                    current.getDimensionScores().get(dimension.key())));
        }
        if (currentLevel.isPresent()) {
            rows.add(levels(previousLevel, currentLevel.get()));
        }
        grid.setItems(rows);
        add(new H3(getTranslation("result.t0t1.title")), grid);
    }

    private static Row scores(String item, BigDecimal before, BigDecimal after) {
        String change = before == null || after == null ? "–" : Texts.delta(after.subtract(before));
        return new Row(item, Texts.score(before), Texts.score(after), change);
    }

    private Row levels(Optional<Integer> before, int after) {
        String change = before.map(b -> after - b).map(d -> (d > 0 ? "+" : "") + d).orElse("–");
        return new Row(getTranslation("result.level"), before.map(b -> getTranslation(Texts.levelKey(b))).orElse("–"),
                getTranslation(Texts.levelKey(after)), change);
    }
}
