package org.uplift.validation;

import java.util.List;

/**
 * One reason an input was refused.
 *
 * @param field      the input field, as the form or API names it
 * @param messageKey the i18n key of the message shown to the user
 * @param arguments  values for the message's placeholders
 */
public record Violation(String field, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String messageKey, Object... arguments) {
        return new Violation(field, messageKey, List.of(arguments));
    }
}
