package org.uplift.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects every reason to refuse an input, so the user sees them all at once. */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... arguments) {
        found.add(Violation.of(field, messageKey, arguments));
        return this;
    }

    public Violations check(boolean ok, String field, String messageKey, Object... arguments) {
        return ok ? this : add(field, messageKey, arguments);
    }

    public Violations requireText(String value, String field) {
        return check(value != null && !value.isBlank(), field, "validation.required");
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws when anything was found; call before the first write. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InputRejectedException(found);
        }
    }
}
