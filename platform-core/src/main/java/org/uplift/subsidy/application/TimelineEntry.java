package org.uplift.subsidy.application;

import java.time.Instant;

/**
 * One record of an application's audit chain as its parties see it: who (the person's display name, never an
 * e-mail; or an API client or the process), for which party, when, what, the status before and after, and why.
 */
public record TimelineEntry(long sequence, Instant at, Party party, ActorKind actorKind, String actorName,
        String action, String before, String after, String reason) {

    /** Which side of the application acted. */
    public enum Party { APPLICANT, AUTHORITY, PROVIDER, OTHER }

    /** A person (named), an API client of the party, or the process (system work). */
    public enum ActorKind { PERSON, API_CLIENT, SYSTEM }
}
