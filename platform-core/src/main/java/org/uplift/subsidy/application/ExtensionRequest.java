package org.uplift.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The one request per application to move the implementation deadline to {@code until}, with the SME's reason, and
 * the reviewer's decision (the reason is mandatory on rejection).
 */
public record ExtensionRequest(LocalDate until, String reason, String requestedBy, Instant requestedAt,
        Outcome outcome, String decidedBy, Instant decidedAt, String decisionReason) {

    public enum Outcome {
        PENDING, APPROVED, REJECTED,
        /** Acceptance was requested before a reviewer decided: the request has no purpose any more. */
        LAPSED
    }

    public boolean isPending() {
        return outcome == Outcome.PENDING;
    }

    ExtensionRequest decided(Outcome decision, String userId, Instant at, String why) {
        return new ExtensionRequest(until, reason, requestedBy, requestedAt, decision, userId, at, why);
    }
}
