package org.uplift.subsidy.application;

import java.time.Instant;

/** One stage's positive decision (recommendation or approval) and who took it: the four-eyes record. */
public record Approval(ReviewStage stage, String userId, Instant at) {
}
