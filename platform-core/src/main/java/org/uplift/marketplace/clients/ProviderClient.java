package org.uplift.marketplace.clients;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.tenancy.TenantOwned;

/**
 * One SME as its provider's client list shows it, tenant-owned by the provider: the SME's assessments shared with
 * the provider now (with their published level), the quotes it asked of the provider and the engagements, each
 * keyed by its id so that applying an event again changes nothing. Written only by {@link ClientWrites}, by single
 * atomic updates of one entry each, so events landing at once never lose one another.
 */
@TenantOwned
@Document(ProviderClient.COLLECTION)
@CompoundIndex(name = "tenant_activity", def = "{'tenantId': 1, 'lastActivityAt': -1, '_id': 1}")
public class ProviderClient {

    static final String COLLECTION = "provider_clients";

    /** An assessment the SME shares with the provider: its published level (null before) and when it was shared. */
    public record SharedEntry(Integer level, Instant sharedAt) {
    }

    /** A quote the SME asked of the provider: its request, its status and when it last changed. */
    public record QuoteEntry(String requestId, QuoteStatus status, Instant changedAt) {
    }

    /** An engagement of the SME with the provider: its status and when it last changed. */
    public record EngagementEntry(EngagementStatus status, Instant changedAt) {
    }

    @Id
    private String id;
    private String tenantId;
    private String smeTenantId;
    private String smeName;
    private Map<String, SharedEntry> shares = Map.of();
    private Map<String, QuoteEntry> quotes = Map.of();
    private Map<String, EngagementEntry> engagements = Map.of();
    private Instant lastActivityAt;
    /** Incremented by every write, so removing the client after a revocation cannot remove a newer entry. */
    private long revision;

    protected ProviderClient() {
    }

    static String id(String providerTenantId, String smeTenantId) {
        return providerTenantId + "|" + smeTenantId;
    }

    public String getId() { return id; }
    public String getTenantId() { return tenantId; }
    public String getSmeTenantId() { return smeTenantId; }
    public String getSmeName() { return smeName; }
    public Map<String, SharedEntry> getShares() { return shares == null ? Map.of() : shares; }
    public Map<String, QuoteEntry> getQuotes() { return quotes == null ? Map.of() : quotes; }
    public Map<String, EngagementEntry> getEngagements() { return engagements == null ? Map.of() : engagements; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    long getRevision() { return revision; }

    /** The assessment the SME shared with the provider most recently, if it still shares one. */
    public Optional<String> latestSharedAssessmentId() {
        return getShares().entrySet().stream().max(Comparator.comparing(e -> e.getValue().sharedAt()))
                .map(Map.Entry::getKey);
    }

    /** The SME's current level as far as the provider may know it: that of the latest shared, published assessment. */
    public Optional<Integer> level() {
        return getShares().values().stream().filter(s -> s.level() != null)
                .max(Comparator.comparing(SharedEntry::sharedAt)).map(SharedEntry::level);
    }

    /** Quotes still running: waiting for the provider's answer, or answered and waiting for the SME. */
    public long openQuoteCount() {
        return getQuotes().values().stream().filter(q -> q.status() != null && q.status().isLive()).count();
    }

    /** The most recently changed quote, to link to. */
    public Optional<String> latestQuoteId() {
        return getQuotes().entrySet().stream().max(Comparator.comparing(e -> e.getValue().changedAt()))
                .map(Map.Entry::getKey);
    }

    /** The most recently changed engagement, to link to. */
    public Optional<String> latestEngagementId() {
        return getEngagements().entrySet().stream().max(Comparator.comparing(e -> e.getValue().changedAt()))
                .map(Map.Entry::getKey);
    }

    boolean isEmpty() {
        return getShares().isEmpty() && getQuotes().isEmpty() && getEngagements().isEmpty();
    }

    @Override
    public String toString() {
        return "ProviderClient[" + smeName + " shares=" + getShares().keySet() + " quotes=" + getQuotes() + " engagements="
                + getEngagements() + "]";
    }
}
