package org.uplift.ui.assessment;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.HasItemComponents;

/**
 * Marks each item of a radio or checkbox group with the value it stands for ({@code data-option="B"}),
 * so end-to-end tests pick options by letter or level instead of by position.
 */
final class OptionMarks {

    private OptionMarks() {
    }

    static void mark(Component group) {
        group.getChildren().forEach(child -> {
            if (child instanceof HasItemComponents.ItemComponent<?> item) {
                child.getElement().setAttribute("data-option", String.valueOf(item.getItem()));
            }
        });
    }
}
