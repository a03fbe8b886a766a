package org.uplift.marketplace.clients;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.uplift.marketplace.engagement.EngagementStatus;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantOwned;

/**
 * The only writer of {@code provider_clients}. The events it follows are handled in the SME's tenant as often as in
 * the provider's, so every write goes through {@link CrossTenantAccess} and names the provider's tenant in its
 * filter (the tenant guard refuses any other); each is one atomic update of one entry, keyed by the share's,
 * quote's or engagement's id, so it is idempotent and concurrent events do not overwrite each other.
 */
@Component
class ClientWrites {

    static final String REASON = "keeping a provider's client list as an SME shares with, asks or engages it";

    private final MongoTemplate mongo;

    ClientWrites(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void shared(String providerTenantId, String smeTenantId, String smeName, String assessmentId, Integer level,
            Instant sharedAt) {
        upsert(providerTenantId, smeTenantId, smeName, new Update()
                .set("shares." + assessmentId, new ProviderClient.SharedEntry(level, sharedAt)), sharedAt);
    }

    /** A shared assessment got its published level; nothing when it is not shared with this provider. */
    void levelPublished(String providerTenantId, String smeTenantId, String assessmentId, Integer level) {
        String entry = "shares." + assessmentId;
        CrossTenantAccess.run(REASON, () -> mongo.updateFirst(one(providerTenantId, smeTenantId)
                .addCriteria(where(entry).exists(true)), new Update().set(entry + ".level", level).inc("revision", 1),
                ProviderClient.class));
    }

    /**
     * The SME withdrew a share: the provider loses that assessment at once, and the SME leaves the list when no
     * share, quote or engagement is left (the SME withdrew its consent; nothing else ties it to the provider).
     */
    void revoked(String providerTenantId, String smeTenantId, String assessmentId) {
        CrossTenantAccess.run(REASON, () -> {
            mongo.updateFirst(one(providerTenantId, smeTenantId), new Update().unset("shares." + assessmentId)
                    .inc("revision", 1), ProviderClient.class);
            ProviderClient client = mongo.findOne(one(providerTenantId, smeTenantId), ProviderClient.class);
            if (client != null && client.isEmpty()) {
                // only the revision read: an entry added meanwhile keeps the client
                mongo.remove(one(providerTenantId, smeTenantId).addCriteria(where("revision").is(client.getRevision())),
                        ProviderClient.class);
            }
        });
    }

    void quote(String providerTenantId, String smeTenantId, String smeName, String quoteId, String requestId,
            QuoteStatus status, Instant at) {
        upsert(providerTenantId, smeTenantId, smeName, new Update()
                .set("quotes." + quoteId, new ProviderClient.QuoteEntry(requestId, status, at)), at);
    }

    void engagement(String providerTenantId, String smeTenantId, String smeName, String engagementId,
            EngagementStatus status, Instant at) {
        upsert(providerTenantId, smeTenantId, smeName, new Update()
                .set("engagements." + engagementId, new ProviderClient.EngagementEntry(status, at)), at);
    }

    private void upsert(String providerTenantId, String smeTenantId, String smeName, Update update, Instant at) {
        update.set("smeTenantId", smeTenantId).max("lastActivityAt", at).inc("revision", 1);
        if (smeName != null && !smeName.isBlank()) {
            update.set("smeName", smeName);
        }
        CrossTenantAccess.run(REASON, () -> {
            try {
                mongo.upsert(one(providerTenantId, smeTenantId), update, ProviderClient.class);
            } catch (DuplicateKeyException firstEventForThisClientAtOnce) {
                mongo.upsert(one(providerTenantId, smeTenantId), update, ProviderClient.class);
            }
        });
    }

    private static Query one(String providerTenantId, String smeTenantId) {
        return query(where("_id").is(ProviderClient.id(providerTenantId, smeTenantId)).and(TenantOwned.FIELD)
                .is(providerTenantId));
    }
}
