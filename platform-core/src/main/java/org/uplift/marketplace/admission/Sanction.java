package org.uplift.marketplace.admission;

import java.time.Instant;

/** A sanction on an admitted provider, with its reason and its one appeal. */
public record Sanction(String id, SanctionKind kind, String reason, String byUserId, Instant at, AppealState appeal,
        String appealText, String appealDecision) {

    Sanction withAppeal(AppealState state, String text, String decision) {
        return new Sanction(id, kind, reason, byUserId, at, state, text, decision);
    }
}
