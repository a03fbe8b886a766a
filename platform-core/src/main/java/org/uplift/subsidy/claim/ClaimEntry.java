package org.uplift.subsidy.claim;

import java.time.Instant;

/** One line of a claim's history as the parties see it: when, who, what (an i18n key suffix), a note. */
public record ClaimEntry(Instant at, String actor, String action, String note) {
}
