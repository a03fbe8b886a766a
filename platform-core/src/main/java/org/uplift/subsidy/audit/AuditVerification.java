package org.uplift.subsidy.audit;

import java.util.List;

/**
 * The outcome of checking one subject's chain.
 *
 * @param records  how many records were checked
 * @param problems each finding ("record 3: hash does not match its content", ...); empty when the chain is intact
 */
public record AuditVerification(String subject, int records, List<String> problems) {

    public boolean intact() {
        return problems.isEmpty();
    }
}
