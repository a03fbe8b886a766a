package org.uplift.ui.component;

import java.util.LinkedHashMap;
import java.util.Map;

import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

/**
 * Shows a rejected input's reasons next to the fields they concern (translated), and anything that
 * has no field of its own in a notice.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void show(InputRejectedException rejected, Component translator) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (Violation violation : rejected.violations()) {
            String text = translator.getTranslation(violation.messageKey(), violation.arguments().toArray());
            HasValidation field = fields.get(violation.field());
            if (field == null) {
                unplaced.append(text).append(' ');
            } else if (!field.isInvalid()) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }
        Notices.error(unplaced.isEmpty() ? translator.getTranslation("validation.failed") : unplaced.toString().trim());
    }
}
