package org.uplift.ui.assessment;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.framework.EvidenceField;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.assessment.scoring.Answers;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.ui.component.Localized;
import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One question: its options (points hidden), its evidence numbers, the band those numbers select, and
 * the slot for its evidence files. Every change goes straight to {@link Autosave}; a refused change
 * shows why at the field and the stored answer is shown again.
 */
class QuestionField extends Div {

    private static final int EVIDENCE_SAVE_PAUSE_MS = 600;

    private final Question question;
    private final Autosave autosave;
    private final RadioButtonGroup<String> single;
    private final CheckboxGroup<String> multiple;
    private final Span derivedBand = new Span();
    private List<String> stored;

    QuestionField(Question question, Answers answers, boolean editable, Autosave autosave, Component files) {
        this.question = question;
        this.autosave = autosave;
        this.stored = answers.choices().getOrDefault(question.key(), List.of());
        addClassName("uplift-card");
        setWidthFull();
        getElement().setAttribute("data-question", question.key());
        var key = new Span(question.key());
        key.addClassName("uplift-muted");
        add(key, new H4(Localized.text(getLocale(), question.titleZh(), question.titleEn())));
        if (question.definitionZh() != null) {
            var definition = new Paragraph(question.definitionZh());
            definition.addClassName("uplift-muted");
            add(definition);
        }
        String hint = getTranslation("wizard.question.kind." + question.kind().name());
        if (question.kind() == QuestionKind.MULTIPLE) {
            single = null;
            multiple = new CheckboxGroup<>(hint);
            multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            multiple.setItems(letters());
            multiple.setItemLabelGenerator(this::label);
            multiple.setValue(new HashSet<>(stored));
            multiple.setReadOnly(!editable);
            multiple.setManualValidation(true);
            multiple.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    chooseSeveral(change.getOldValue(), change.getValue());
                }
            });
            setUp(multiple);
        } else {
            multiple = null;
            single = new RadioButtonGroup<>(hint);
            single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            single.setItems(letters());
            single.setItemLabelGenerator(this::label);
            single.setValue(stored.isEmpty() ? null : stored.get(0));
            single.setReadOnly(!editable);
            single.setManualValidation(true);
            single.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    save(change.getValue() == null ? List.of() : List.of(change.getValue()));
                }
            });
            setUp(single);
        }
        if (!question.evidenceFields().isEmpty()) {
            add(evidenceFields(answers, editable));
        }
        derivedBand.setId("derived-band-" + question.key());
        add(derivedBand);
        showDerivedBand(answers);
        add(materials(), files);
    }

    private void setUp(Component group) {
        group.setId("question-" + question.key());
        OptionMarks.mark(group);
        add(group);
    }

    private List<String> letters() {
        return question.options().stream().map(Option::letter).toList();
    }

    private String label(String letter) {
        return question.option(letter).map(o -> Localized.text(getLocale(), o.zh(), o.en())).orElse(letter);
    }

    /** "None" stands alone: choosing it clears the others, choosing another clears it. */
    private void chooseSeveral(Set<String> before, Set<String> after) {
        Set<String> exclusive = question.options().stream().filter(Option::exclusive).map(Option::letter)
                .collect(Collectors.toSet());
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        Set<String> chosen = new LinkedHashSet<>(after);
        Optional<String> addedExclusive = added.stream().filter(exclusive::contains).findFirst();
        if (addedExclusive.isPresent()) {
            chosen = Set.of(addedExclusive.get());
        } else if (chosen.size() > 1) {
            chosen.removeAll(exclusive);
        }
        if (!chosen.equals(after)) {
            multiple.setValue(chosen);
        }
        Set<String> finalChoice = chosen;
        save(letters().stream().filter(finalChoice::contains).toList());
    }

    private void save(List<String> letters) {
        try {
            Assessment saved = autosave.answer(question.key(), letters);
            stored = letters;
            setInvalid(null);
            showDerivedBand(saved.toAnswers());
        } catch (InputRejectedException rejected) {
            if (multiple != null) {
                multiple.setValue(new HashSet<>(stored));
            } else {
                single.setValue(stored.isEmpty() ? null : stored.get(0));
            }
            setInvalid(Refusals.text(rejected, this));
        }
    }

    private void setInvalid(String message) {
        if (multiple != null) {
            multiple.setErrorMessage(message);
            multiple.setInvalid(message != null);
        } else {
            single.setErrorMessage(message);
            single.setInvalid(message != null);
        }
    }

    private Component evidenceFields(Answers answers, boolean editable) {
        Map<String, BigDecimal> values = answers.evidence().getOrDefault(question.key(), Map.of());
        var fields = new FlexLayout();
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        for (EvidenceField evidence : question.evidenceFields()) {
            var field = new BigDecimalField(Localized.text(getLocale(), evidence.labelZh(), evidence.labelEn()));
            field.setId("evidence-" + question.key() + "-" + evidence.key());
            field.setValue(values.get(evidence.key()));
            field.setReadOnly(!editable);
            field.setManualValidation(true);
            // saved after a short pause in typing, not only on leaving the field: closing the tab loses nothing
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(EVIDENCE_SAVE_PAUSE_MS);
            field.setWidth("18em");
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    saveEvidence(field, evidence.key(), change.getValue());
                }
            });
            fields.add(field);
        }
        return fields;
    }

    private void saveEvidence(BigDecimalField field, String fieldKey, BigDecimal value) {
        try {
            Assessment saved = autosave.evidence(question.key(), fieldKey, value);
            field.setInvalid(false);
            field.setErrorMessage(null);
            showDerivedBand(saved.toAnswers());
        } catch (InputRejectedException rejected) {
            field.setErrorMessage(Refusals.text(rejected, this));
            field.setInvalid(true);
        }
    }

    /** The band the evidence numbers select; it scores when no band is chosen, and a chosen band wins. */
    private void showDerivedBand(Answers answers) {
        Optional<Option> derived = Scoring.derivedBand(question, answers);
        derivedBand.setVisible(derived.isPresent());
        derived.ifPresent(band -> {
            List<String> chosen = answers.choices().getOrDefault(question.key(), List.of());
            String note = chosen.isEmpty() ? "wizard.band.used"
                    : chosen.contains(band.letter()) ? "wizard.band.matches" : "wizard.band.mismatch";
            derivedBand.setText(getTranslation("wizard.band.derived", label(band.letter())) + " "
                    + getTranslation(note));
            derivedBand.getElement().setAttribute("data-option", band.letter());
        });
    }

    private Component materials() {
        var materials = new Div();
        if (!question.evidenceMaterialsZh().isEmpty()) {
            var heading = new Span(getTranslation("wizard.evidence.materials"));
            heading.addClassName("uplift-muted");
            var list = new UnorderedList(question.evidenceMaterialsZh().stream().map(ListItem::new)
                    .toArray(ListItem[]::new));
            list.addClassName("uplift-muted");
            list.getStyle().set("margin", "0");
            materials.add(heading, list);
        }
        return materials;
    }
}
