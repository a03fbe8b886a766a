package org.uplift.subsidy.programme;

/** A programme's life: drafted in private, then open for applications or closed (and reopenable). */
public enum ProgrammeStatus {
    DRAFT, OPEN, CLOSED
}
