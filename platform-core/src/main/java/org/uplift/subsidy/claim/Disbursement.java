package org.uplift.subsidy.claim;

import java.time.Instant;
import java.time.LocalDate;

/** The payment finance approved and recorded: how much, on which day, under which bank or payment reference. */
public record Disbursement(long amountFen, LocalDate paidOn, String reference, String decidedBy, Instant decidedAt) {
}
