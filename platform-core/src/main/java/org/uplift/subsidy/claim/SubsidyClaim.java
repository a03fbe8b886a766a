package org.uplift.subsidy.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * One party's copy of the claim of an accepted application ({@link ClaimCopy} of the SME or the provider,
 * {@link ClaimCase} of the authority). The claim's id is the application's id: one claim per application. All
 * copies hold the same content and are changed together by {@link SubsidyClaims}; the version makes two
 * concurrent changes of one copy fail instead of overwriting each other.
 */
public abstract class SubsidyClaim {

    @Id
    private String id;
    @Version
    private Long version;
    private String tenantId;
    private String applicationId;
    private String authorityTenantId;
    private String smeTenantId;
    private String smeName;
    private String providerTenantId;
    private String programmeId;
    private String programmeName;
    private int confirmedLevel;
    private long amountFen;
    private Instant applicationSubmittedAt;
    private Instant acceptedAt;
    private Instant deadline;
    private ClaimStatus status;
    private List<String> invoiceNumbers = new ArrayList<>();
    private List<ClaimFile> files = new ArrayList<>();
    private LocalDate paymentDate;
    private long amountPaidFen;
    private String filedBy;
    private Instant filedAt;
    private Disbursement disbursement;
    private String rejectionReason;
    private Clawback clawback;
    private List<ClaimEntry> history = new ArrayList<>();
    private Instant updatedAt;

    protected SubsidyClaim() {
    }

    /** The content at opening. */
    record Opening(String applicationId, String authorityTenantId, String smeTenantId, String smeName,
            String providerTenantId, String programmeId, String programmeName, int confirmedLevel, long amountFen,
            Instant applicationSubmittedAt, Instant acceptedAt, Instant deadline) {
    }

    void open(Opening o, Instant now) {
        applicationId = o.applicationId();
        authorityTenantId = o.authorityTenantId();
        smeTenantId = o.smeTenantId();
        smeName = o.smeName();
        providerTenantId = o.providerTenantId();
        programmeId = o.programmeId();
        programmeName = o.programmeName();
        confirmedLevel = o.confirmedLevel();
        amountFen = o.amountFen();
        applicationSubmittedAt = o.applicationSubmittedAt();
        acceptedAt = o.acceptedAt();
        deadline = o.deadline();
        status = ClaimStatus.AWAITING_CLAIM;
        updatedAt = now;
        history.add(new ClaimEntry(now, "system", "OPENED", null));
    }

    void filed(List<String> numbers, List<ClaimFile> stored, LocalDate paidOn, long paidFen, String by, Instant at) {
        invoiceNumbers = new ArrayList<>(numbers);
        files = new ArrayList<>(stored);
        paymentDate = paidOn;
        amountPaidFen = paidFen;
        filedBy = by;
        filedAt = at;
    }

    void disbursement(Disbursement d) { disbursement = d; }
    void rejected(String reason) { rejectionReason = reason; }
    void clawback(Clawback c) { clawback = c; }

    void status(ClaimStatus next, Instant at) {
        status = next;
        updatedAt = at;
    }

    void record(ClaimEntry entry) {
        history.add(entry);
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getApplicationId() { return applicationId; }
    public String getAuthorityTenantId() { return authorityTenantId; }
    public String getSmeTenantId() { return smeTenantId; }
    public String getSmeName() { return smeName; }
    public String getProviderTenantId() { return providerTenantId; }
    public String getProgrammeId() { return programmeId; }
    public String getProgrammeName() { return programmeName; }
    public int getConfirmedLevel() { return confirmedLevel; }
    public long getAmountFen() { return amountFen; }
    public Instant getApplicationSubmittedAt() { return applicationSubmittedAt; }
    public Instant getAcceptedAt() { return acceptedAt; }
    public Instant getDeadline() { return deadline; }
    public ClaimStatus getStatus() { return status; }
    public List<String> getInvoiceNumbers() { return invoiceNumbers == null ? List.of() : List.copyOf(invoiceNumbers); }
    public List<ClaimFile> getFiles() { return files == null ? List.of() : List.copyOf(files); }
    public LocalDate getPaymentDate() { return paymentDate; }
    public long getAmountPaidFen() { return amountPaidFen; }
    public String getFiledBy() { return filedBy; }
    public Instant getFiledAt() { return filedAt; }
    public Disbursement getDisbursement() { return disbursement; }
    public String getRejectionReason() { return rejectionReason; }
    public Clawback getClawback() { return clawback; }
    public List<ClaimEntry> getHistory() { return history == null ? List.of() : List.copyOf(history); }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + applicationId + " of " + tenantId + ", " + status + ", v" + version
                + ", " + updatedAt + "]";
    }

    /** The files of one kind. */
    public List<ClaimFile> files(ClaimFileKind kind) {
        return getFiles().stream().filter(f -> f.kind() == kind).toList();
    }
}
