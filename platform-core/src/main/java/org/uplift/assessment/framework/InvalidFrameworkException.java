package org.uplift.assessment.framework;

import java.util.List;

/** A framework file that cannot be read or is inconsistent; start-up fails with it. */
final class InvalidFrameworkException extends IllegalStateException {

    private final List<String> problems;

    InvalidFrameworkException(String source, List<String> problems) {
        super("Framework " + source + " is inconsistent:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    InvalidFrameworkException(String source, Throwable cause) {
        super("Framework file " + source + " cannot be read: " + cause.getMessage(), cause);
        this.problems = List.of(cause.getMessage());
    }

    List<String> problems() {
        return problems;
    }
}
