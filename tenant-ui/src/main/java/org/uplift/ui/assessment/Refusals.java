package org.uplift.ui.assessment;

import java.util.stream.Collectors;

import org.uplift.validation.InputRejectedException;

import com.vaadin.flow.component.Component;

/** Why an input was refused, in the user's language, as one line for a field or a notice. */
final class Refusals {

    private Refusals() {
    }

    static String text(InputRejectedException rejected, Component translator) {
        return rejected.violations().stream()
                .map(v -> translator.getTranslation(v.messageKey(), v.arguments().toArray()))
                .distinct().collect(Collectors.joining(" "));
    }
}
