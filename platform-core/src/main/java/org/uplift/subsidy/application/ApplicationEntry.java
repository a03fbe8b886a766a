package org.uplift.subsidy.application;

import java.time.Instant;

/** One line of an application's history as both parties see it: when, who, what (an i18n key suffix), a note. */
public record ApplicationEntry(Instant at, String actor, String action, String note) {
}
