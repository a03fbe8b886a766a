package org.uplift.subsidy.claim;

import java.time.Instant;

/** A disbursement reversed by a programme manager, with the reason (a condition later found false). */
public record Clawback(long amountFen, String reason, String by, Instant at) {
}
