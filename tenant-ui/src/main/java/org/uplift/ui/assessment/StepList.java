package org.uplift.ui.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.scoring.Answers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The wizard's steps: every section with its progress ("3/5") and assignee, then the review. */
class StepList extends VerticalLayout {

    private static final String REVIEW = "review";

    private final List<Section> sections;
    private final Map<String, Button> buttons = new LinkedHashMap<>();
    private final Map<String, Span> progress = new LinkedHashMap<>();
    private final Map<String, Span> assignees = new LinkedHashMap<>();

    StepList(List<Section> sections, IntConsumer open) {
        this.sections = sections;
        setId("steps");
        setPadding(false);
        setSpacing(false);
        setWidth("17em");
        // the steps stay in view while a long section scrolls
        getStyle().set("flex-shrink", "0").set("position", "sticky").set("top", "0").set("align-self", "flex-start");
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.isScenarioArea() && (i == 0 || !sections.get(i - 1).isScenarioArea())) {
                var group = new Span(getTranslation("wizard.section.scenarios"));
                group.addClassName("uplift-muted");
                group.getStyle().set("margin-top", "var(--lumo-space-s)");
                add(group);
            }
            add(item(section, i, open));
        }
        var review = new Button(getTranslation("wizard.review.step"), e -> open.accept(sections.size()));
        review.setId("step-review");
        review.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        buttons.put(REVIEW, review);
        add(review);
    }

    private Component item(Section section, int index, IntConsumer open) {
        var button = new Button(section.name(getLocale()), e -> open.accept(index));
        button.setId("step-" + section.key());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var done = new Span();
        done.setId("section-progress-" + section.key());
        done.addClassName("uplift-muted");
        done.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
        var assignee = new Span();
        assignee.setId("step-assignee-" + section.key());
        assignee.addClassName("uplift-muted");
        assignee.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
        buttons.put(section.key(), button);
        progress.put(section.key(), done);
        assignees.put(section.key(), assignee);
        var row = new HorizontalLayout(button, done);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setSpacing(false);
        return new Div(row, assignee);
    }

    /** Marks the open step: a section's index, or the number of sections for the review. */
    void select(int step) {
        String selected = step < sections.size() ? sections.get(step).key() : REVIEW;
        buttons.forEach((key, button) -> {
            boolean current = key.equals(selected);
            button.getElement().setAttribute("aria-current", current ? "step" : "false");
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (current) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        });
    }

    void refresh(Assessment assessment, Colleagues colleagues) {
        Answers answers = assessment.toAnswers();
        for (Section section : sections) {
            progress.get(section.key()).setText(section.answered(answers) + "/" + section.total());
            String assignee = assessment.getSectionAssignees().get(section.key());
            assignees.get(section.key()).setText(assignee == null ? ""
                    : getTranslation("wizard.assign.step", colleagues.name(assignee, this)));
        }
    }
}
