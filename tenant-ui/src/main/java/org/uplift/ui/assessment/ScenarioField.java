package org.uplift.ui.assessment;

import java.util.stream.IntStream;

import org.uplift.assessment.framework.Scenario;
import org.uplift.assessment.scoring.Answers;
import org.uplift.ui.component.Localized;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * One business scenario rated 0 (level 1 not reached) to 4, each level with its descriptor, so the SME
 * picks the highest level whose description it fully meets. Constrained scenarios are marked.
 */
class ScenarioField extends Div {

    private final Scenario scenario;
    private final Autosave autosave;
    private final RadioButtonGroup<Integer> rating = new RadioButtonGroup<>();
    private Integer stored;

    ScenarioField(Scenario scenario, Answers answers, boolean editable, Autosave autosave) {
        this.scenario = scenario;
        this.autosave = autosave;
        this.stored = answers.scenarios().get(scenario.key());
        addClassName("uplift-card");
        setWidthFull();
        getElement().setAttribute("data-scenario", scenario.key());
        var key = new Span(scenario.key());
        key.addClassName("uplift-muted");
        var title = new H4(Localized.text(getLocale(), scenario.nameZh(), scenario.nameEn()));
        add(key, title);
        if (scenario.constrained()) {
            var constrained = new Span(getTranslation("wizard.scenario.constrained"));
            constrained.getElement().getThemeList().add("badge");
            constrained.setId("constrained-" + scenario.key());
            constrained.setTitle(getTranslation("wizard.scenario.constrainedHelp"));
            title.add(new Span(" "), constrained);
        }
        rating.setLabel(getTranslation("wizard.scenario.rate"));
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        rating.setItems(IntStream.rangeClosed(0, Scenario.MAX_LEVEL).boxed().toList());
        rating.setRenderer(new ComponentRenderer<>(this::level));
        rating.setValue(stored);
        rating.setReadOnly(!editable);
        rating.setManualValidation(true);
        rating.setId("scenario-" + scenario.key());
        rating.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                save(change.getValue());
            }
        });
        OptionMarks.mark(rating);
        add(rating);
    }

    private Div level(Integer level) {
        var name = new Span(levelName(level));
        name.getStyle().set("font-weight", "600");
        var item = new Div(name);
        scenario.levels().stream().filter(l -> l.level() == level).findFirst()
                .map(l -> Localized.text(getLocale(), l.zh(), l.en()))
                .ifPresent(text -> item.add(new Div(text)));
        return item;
    }

    private String levelName(Integer level) {
        return level == 0 ? getTranslation("wizard.scenario.level0")
                : getTranslation("wizard.scenario.level", level);
    }

    private void save(int level) {
        try {
            autosave.scenario(scenario.key(), level);
            stored = level;
            rating.setInvalid(false);
            rating.setErrorMessage(null);
        } catch (InputRejectedException rejected) {
            rating.setValue(stored);
            rating.setErrorMessage(Refusals.text(rejected, this));
            rating.setInvalid(true);
        }
    }
}
