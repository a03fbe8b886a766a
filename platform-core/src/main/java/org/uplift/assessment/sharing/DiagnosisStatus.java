package org.uplift.assessment.sharing;

/** Where the provider's diagnosis of a shared assessment stands. */
public enum DiagnosisStatus {
    /** Shared to read only. */
    NOT_INVITED,
    /** The SME invited the provider; the journey has not reached the diagnosis yet. */
    INVITED,
    /** The journey's diagnosis task is open: the provider's consultants may write notes. */
    OPEN,
    /** A consultant completed the diagnosis. */
    COMPLETED,
    /** The SME revoked the share before the diagnosis was completed. */
    WITHDRAWN;

    /** The provider holds (or held) the assessment's one diagnosis invitation. */
    public boolean isInvited() {
        return this == INVITED || this == OPEN || this == COMPLETED;
    }
}
