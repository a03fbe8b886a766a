package org.uplift.marketplace.admission;

import java.time.Instant;

/**
 * One step of an application's history. {@code action} names the step (its i18n key is
 * {@code admission.history.<action>}); {@code note} is the reason, question, answer or objection given.
 */
public record HistoryEntry(Instant at, String action, String byUserId, String note) {
}
