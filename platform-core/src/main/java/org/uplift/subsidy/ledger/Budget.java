package org.uplift.subsidy.ledger;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The budget of one programme: always {@code totalFen = availableFen + reservedFen + paidFen}, none negative.
 * Platform-level and keyed by the programme id: approvals run as process work in the applicant's tenant, and
 * every change is one conditional update of this one document. {@code pending} holds only the movements in
 * flight (applied here, not yet marked applied on the movement), so it stays as small as the concurrency.
 */
@Document(Budget.COLLECTION)
public class Budget {

    static final String COLLECTION = "programme_budgets";

    @Id
    private String programmeId;
    private String authorityTenantId;
    private long totalFen;
    private long availableFen;
    private long reservedFen;
    private long paidFen;
    private List<String> pending = List.of();

    protected Budget() {
    }

    public String getProgrammeId() { return programmeId; }
    public String getAuthorityTenantId() { return authorityTenantId; }
    public long getTotalFen() { return totalFen; }
    public long getAvailableFen() { return availableFen; }
    public long getReservedFen() { return reservedFen; }
    public long getPaidFen() { return paidFen; }
    public List<String> getPending() { return pending == null ? List.of() : pending; }
}
