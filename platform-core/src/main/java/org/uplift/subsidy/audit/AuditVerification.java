package org.uplift.subsidy.audit;

import java.util.List;

/**
 * The outcome of checking one subject's chain.
 *
 * @param records    how many records were checked
 * @param problems   each finding ("record 3: hash does not match its content", ...); empty when the chain is intact
 * @param problem    what the first finding means, in chain order; null when intact
 * @param atSequence the number of the record it concerns (for a deletion: the first missing number); null when
 *                   intact, or when only the head is gone
 */
public record AuditVerification(String subject, int records, List<String> problems, Problem problem,
        Long atSequence) {

    /** What was done to the chain. */
    public enum Problem {
        /** A record's content no longer matches its hash, or no longer matches the hash its successor links to. */
        CHANGED,
        /** A record that was never appended: numbered before the chain's start or after its head. */
        INSERTED,
        /** A number of the chain, or its head, is missing. */
        DELETED
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
