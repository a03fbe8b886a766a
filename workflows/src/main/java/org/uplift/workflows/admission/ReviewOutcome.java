package org.uplift.workflows.admission;

/** What an expert reviewer decides on an application. */
public enum ReviewOutcome {
    APPROVE, REJECT, MORE_INFORMATION
}
