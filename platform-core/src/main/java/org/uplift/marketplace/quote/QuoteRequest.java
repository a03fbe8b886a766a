package org.uplift.marketplace.quote;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.tenancy.TenantOwned;

/** An SME's request for quotes, with one {@link Offer} per asked provider (at most three). Tenant-owned by the SME. */
@TenantOwned
@Document(QuoteRequest.COLLECTION)
@CompoundIndex(name = "tenant_created", def = "{'tenantId': 1, 'createdAt': -1}")
public class QuoteRequest {

    static final String COLLECTION = "quote_requests";

    @Id
    private String id;
    private String tenantId;
    @Version
    private Long version;
    private String smeName;
    private QuoteNeed need;
    private List<Offer> offers = new ArrayList<>();
    private RequestStatus status;
    private String createdBy;
    private Instant createdAt;
    private String sentBy;
    private Instant sentAt;
    private Instant expiresAt;
    private String acceptedQuoteId;
    private String acceptedBy;
    private Instant acceptedAt;

    protected QuoteRequest() {
    }

    QuoteRequest(String id, String smeName, QuoteNeed need, List<Offer> offers, String createdBy, Instant createdAt) {
        this.id = id;
        this.smeName = smeName;
        this.need = need;
        this.offers = new ArrayList<>(offers);
        this.status = RequestStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void sent(String userId, Instant at, Instant expiresAt) {
        this.status = RequestStatus.OPEN;
        this.sentBy = userId;
        this.sentAt = at;
        this.expiresAt = expiresAt;
    }

    void accepted(String quoteId, String userId, Instant at) {
        this.status = RequestStatus.ACCEPTED;
        this.acceptedQuoteId = quoteId;
        this.acceptedBy = userId;
        this.acceptedAt = at;
    }

    void expired() {
        this.status = RequestStatus.EXPIRED;
    }

    public Optional<Offer> offer(String quoteId) {
        return offers.stream().filter(o -> o.getQuoteId().equals(quoteId)).findFirst();
    }

    public Optional<Offer> offerOf(String providerTenantId) {
        return offers.stream().filter(o -> o.getProviderTenantId().equals(providerTenantId)).findFirst();
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getSmeName() { return smeName; }
    public QuoteNeed getNeed() { return need; }
    public List<Offer> getOffers() { return List.copyOf(offers); }
    public RequestStatus getStatus() { return status; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getSentBy() { return sentBy; }
    public Instant getSentAt() { return sentAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public String getAcceptedQuoteId() { return acceptedQuoteId; }
    public String getAcceptedBy() { return acceptedBy; }
    public Instant getAcceptedAt() { return acceptedAt; }

    @Override
    public String toString() {
        return "QuoteRequest[" + id + " " + status + " " + offers.stream().map(o -> o.getProviderTenantId() + "="
                + o.getStatus()).toList() + "]";
    }
}
