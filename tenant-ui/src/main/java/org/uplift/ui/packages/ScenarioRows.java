package org.uplift.ui.packages;

import java.util.List;
import java.util.Locale;

import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.framework.Scenario;
import org.uplift.marketplace.solution.ScenarioTarget;
import org.uplift.ui.component.FieldErrors;
import org.uplift.ui.component.Localized;
import org.uplift.validation.Violations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;

/** The framework's scenarios the package raises, and the level (1–4) each reaches. */
class ScenarioRows extends RowList<ScenarioTarget> {

    private final transient Framework framework;
    private final Locale locale;

    ScenarioRows(String title, String addLabel, Framework framework, Locale locale) {
        super(title, addLabel, "scenarios", "scenario");
        this.framework = framework;
        this.locale = locale;
    }

    @Override
    Row<ScenarioTarget> newRow(ScenarioTarget value) {
        var scenario = new ComboBox<Scenario>(getTranslation("packages.scenario"));
        scenario.setItems(framework.scenarios().toList());
        scenario.setItemLabelGenerator(s -> s.key() + " " + Localized.text(locale, s.nameZh(), s.nameEn()));
        scenario.setWidth("22em");
        var level = new Select<Integer>();
        level.setLabel(getTranslation("packages.scenario.level"));
        level.setItems(List.of(1, 2, 3, 4).subList(0, Scenario.MAX_LEVEL));
        level.setItemLabelGenerator(l -> getTranslation("packages.scenario.levelLabel", l));
        if (value != null) {
            framework.scenario(String.valueOf(value.scenarioKey())).ifPresent(scenario::setValue);
            level.setValue(value.level() >= 1 && value.level() <= Scenario.MAX_LEVEL ? value.level() : null);
        }
        return new Row<>() {
            public List<Component> fields() {
                return List.of(scenario, level);
            }

            public ScenarioTarget value(String field, Violations violations) {
                return new ScenarioTarget(scenario.getValue() == null ? null : scenario.getValue().key(),
                        level.getValue() == null ? 0 : level.getValue());
            }

            public void bind(FieldErrors errors, String field) {
                errors.bind(field + ".scenarioKey", scenario).bind(field + ".level", level).bind(field, scenario);
            }

            public void setIds(String prefix, int i) {
                scenario.setId(prefix + "-key-" + i);
                level.setId(prefix + "-level-" + i);
            }

            public void setReadOnly(boolean readOnly) {
                scenario.setReadOnly(readOnly);
                level.setReadOnly(readOnly);
            }
        };
    }
}
