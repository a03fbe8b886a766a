package org.uplift.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The time box of a registered project: registered on a Beijing date, to be implemented by the end of
 * {@code deadlineDate} (Beijing time), which is the instant {@code deadline}. {@code warnedAt} is set once the SME
 * and provider were told the deadline approaches.
 */
public record ImplementationTerm(LocalDate registeredOn, LocalDate deadlineDate, Instant deadline, Instant warnedAt) {

    ImplementationTerm movedTo(LocalDate date, Instant instant) {
        return new ImplementationTerm(registeredOn, date, instant, warnedAt);
    }

    ImplementationTerm warned(Instant at) {
        return new ImplementationTerm(registeredOn, deadlineDate, deadline, at);
    }
}
