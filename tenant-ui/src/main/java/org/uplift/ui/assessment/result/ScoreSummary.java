package org.uplift.ui.assessment.result;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The level with its name, the total and each dimension's score out of its maximum. Ids start with
 * {@code idPrefix} ({@code result-level}, {@code result-total}, {@code result-dimension-D1}), so the page
 * and the what-if dialog can both show one.
 */
class ScoreSummary extends Div {

    ScoreSummary(String idPrefix, Framework framework, BigDecimal total, Map<String, BigDecimal> dimensionScores,
            Optional<Integer> level) {
        addClassName("uplift-card");
        add(new H3(getTranslation("result.summary")));
        if (level.isPresent()) {
            var name = new Span(getTranslation(Texts.levelKey(level.get())));
            name.setId(idPrefix + "-level");
            name.getElement().getThemeList().add(level.get() > 0 ? "badge success" : "badge contrast");
            name.getStyle().set("font-size", "var(--lumo-font-size-l)");
            add(new Div(label(getTranslation("result.level")), name));
        } else {
            var noLevels = new Paragraph(getTranslation("result.noLevels"));
            noLevels.addClassName("uplift-muted");
            noLevels.setId(idPrefix + "-no-levels");
            add(noLevels);
        }
        var totalScore = new Span(Texts.score(total));
        totalScore.setId(idPrefix + "-total");
        totalScore.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        add(new Div(label(getTranslation("result.total")), totalScore, new Span(" / 100")));
        for (Dimension dimension : framework.dimensions()) {
            add(dimension(idPrefix, framework, dimension, dimensionScores.get(dimension.key())));
        }
    }

    private Div dimension(String idPrefix, Framework framework, Dimension dimension, BigDecimal score) {
        var value = new Span(Texts.score(score) + " / " + Texts.score(Texts.max(framework, dimension)));
        value.setId(idPrefix + "-dimension-" + dimension.key());
        var bar = new ProgressBar(0, 100, Texts.percent(framework, dimension, score));
        var row = new Div(label(Texts.of(getLocale(), dimension.nameZh(), dimension.nameEn())), value, bar);
        row.getStyle().set("margin-top", "var(--lumo-space-s)");
        return row;
    }

    private static Span label(String text) {
        var label = new Span(text + "：");
        label.addClassName("uplift-muted");
        return label;
    }
}
