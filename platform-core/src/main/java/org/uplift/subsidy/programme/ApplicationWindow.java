package org.uplift.subsidy.programme;

import java.time.Instant;

/** One application window or batch (申报批次): applications are accepted from {@code from} (inclusive) to {@code to} (exclusive). */
public record ApplicationWindow(Instant from, Instant to) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }
}
