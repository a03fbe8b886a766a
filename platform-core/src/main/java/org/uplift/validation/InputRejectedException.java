package org.uplift.validation;

import java.util.List;

/** Input that was refused as a whole; nothing was changed. */
public class InputRejectedException extends RuntimeException {

    private final List<Violation> violations;

    public InputRejectedException(List<Violation> violations) {
        super("Input rejected: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An input is rejected for at least one reason");
        }
        this.violations = List.copyOf(violations);
    }

    public InputRejectedException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
