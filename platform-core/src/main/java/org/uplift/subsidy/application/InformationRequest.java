package org.uplift.subsidy.application;

import java.time.Instant;

/** A reviewer's question to the SME, its deadline and, once given, the answer. */
public record InformationRequest(String question, Instant deadline, String askedBy, Instant askedAt, String answer,
        Instant answeredAt) {

    InformationRequest answered(String text, Instant at) {
        return new InformationRequest(question, deadline, askedBy, askedAt, text, at);
    }

    public boolean isOpen() {
        return answer == null;
    }
}
