package org.uplift.ui.assessment.result;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.uplift.assessment.framework.Dimension;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.framework.ScenarioArea;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Scoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

/**
 * The what-if simulator: the assessment's answers and scenario ratings as editable copies; every change
 * re-scores them and shows the score, level and gap at once. Nothing is saved.
 */
class WhatIfDialog extends Dialog {

    private final Framework framework;
    private final Evaluator evaluator;
    private final Map<String, List<String>> choices = new HashMap<>();
    private final Map<String, Integer> scenarios = new HashMap<>();
    private final Div outcome = new Div();

    WhatIfDialog(Framework framework, Answers answers, Evaluator evaluator) {
        this.framework = framework;
        this.evaluator = evaluator;
        setId("what-if-dialog");
        setHeaderTitle(getTranslation("result.whatIf.title"));
        setWidth("min(1100px, 95vw)");
        framework.questions().forEach(q -> choices.put(q.key(), initialChoice(q, answers)));
        scenarios.putAll(answers.scenarios());
        var editors = new Div(new Paragraph(getTranslation("result.whatIf.intro")));
        framework.dimensions().forEach(d -> editors.add(dimensionEditors(d)));
        framework.scenarioAreas().forEach(a -> editors.add(areaEditors(a)));
        editors.getStyle().set("flex", "3 1 420px");
        outcome.getStyle().set("flex", "2 1 300px");
        var body = new FlexLayout(editors, outcome);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.getStyle().set("gap", "var(--lumo-space-l)");
        add(body);
        var close = new Button(getTranslation("result.whatIf.close"), e -> close());
        close.setId("what-if-close");
        getFooter().add(close);
        recompute();
    }

    /** The chosen letters, or for a band derived from evidence numbers, that band's letter. */
    private static List<String> initialChoice(Question question, Answers answers) {
        List<String> chosen = answers.choices().getOrDefault(question.key(), List.of());
        if (chosen.isEmpty()) {
            return Scoring.derivedBand(question, answers).map(o -> List.of(o.letter())).orElse(List.of());
        }
        return List.copyOf(chosen);
    }

    private Component dimensionEditors(Dimension dimension) {
        var section = new Div(new H4(text(dimension.nameZh(), dimension.nameEn())));
        dimension.questions().forEach(q -> section.add(q.kind() == QuestionKind.MULTIPLE ? multiple(q) : single(q)));
        return section;
    }

    private Component single(Question question) {
        var select = new Select<Option>();
        select.setId("what-if-" + question.key());
        select.setLabel(question.key() + " " + text(question.titleZh(), question.titleEn()));
        select.setItems(question.options());
        select.setItemLabelGenerator(o -> o == null ? getTranslation("result.whatIf.unanswered") : text(o.zh(), o.en()));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("result.whatIf.unanswered"));
        select.setWidthFull();
        choices.get(question.key()).stream().findFirst().flatMap(question::option).ifPresent(select::setValue);
        select.addValueChangeListener(change -> {
            choices.put(question.key(), change.getValue() == null ? List.of() : List.of(change.getValue().letter()));
            recompute();
        });
        return select;
    }

    /** Points add up; the exclusive "none" stands alone, so choosing it clears the others and vice versa. */
    private Component multiple(Question question) {
        var group = new CheckboxGroup<Option>();
        group.setId("what-if-" + question.key());
        group.setLabel(question.key() + " " + text(question.titleZh(), question.titleEn()));
        group.setItems(question.options());
        group.setItemLabelGenerator(o -> text(o.zh(), o.en()));
        group.setValue(new LinkedHashSet<>(choices.get(question.key()).stream().map(question::option)
                .flatMap(Optional::stream).toList()));
        group.addValueChangeListener(change -> {
            Set<Option> chosen = new HashSet<>(change.getValue());
            Set<Option> added = new HashSet<>(chosen);
            added.removeAll(change.getOldValue());
            if (added.stream().anyMatch(Option::exclusive)) {
                chosen.removeIf(o -> !o.exclusive());
            } else if (chosen.stream().anyMatch(o -> !o.exclusive())) {
                chosen.removeIf(Option::exclusive);
            }
            if (!chosen.equals(change.getValue())) {
                group.setValue(chosen); // fires again with the cleaned choice
                return;
            }
            choices.put(question.key(), question.options().stream().filter(chosen::contains).map(Option::letter)
                    .toList());
            recompute();
        });
        return group;
    }

    private Component areaEditors(ScenarioArea area) {
        var section = new Div(new H4(text(area.nameZh(), area.nameEn())));
        area.scenarios().forEach(s -> section.add(scenario(s)));
        return section;
    }

    private Component scenario(Scenario scenario) {
        var select = new Select<Integer>();
        select.setId("what-if-" + scenario.key());
        select.setLabel(text(scenario.nameZh(), scenario.nameEn())
                + (scenario.constrained() ? getTranslation("result.constrainedMark") : ""));
        select.setItems(IntStream.rangeClosed(0, Scenario.MAX_LEVEL).boxed().toList());
        select.setItemLabelGenerator(level -> getTranslation("result.whatIf.rating", level));
        select.setValue(scenarios.getOrDefault(scenario.key(), 0));
        select.setHelperText(descriptor(scenario, select.getValue()));
        select.setWidthFull();
        select.addValueChangeListener(change -> {
            int level = change.getValue() == null ? 0 : change.getValue();
            scenarios.put(scenario.key(), level);
            select.setHelperText(descriptor(scenario, level));
            recompute();
        });
        return select;
    }

    private String descriptor(Scenario scenario, int level) {
        return scenario.levels().stream().filter(l -> l.level() == level).findFirst()
                .map(l -> text(l.zh(), l.en())).orElseGet(() -> getTranslation("result.scenarios.notReached"));
    }

    private void recompute() {
        Evaluation evaluation = evaluator.evaluate(framework, new Answers(choices, scenarios, null));
        outcome.removeAll();
        outcome.add(new ScoreSummary("what-if", framework, evaluation.score().totalScore(),
                evaluation.score().dimensionScores(), evaluation.level()));
        if (evaluation.hasLevels()) {
            outcome.add(new GapList("what-if-gap", framework, evaluation));
        }
    }

    private String text(String zh, String en) {
        Locale locale = getLocale();
        return Texts.of(locale, zh, en);
    }
}
