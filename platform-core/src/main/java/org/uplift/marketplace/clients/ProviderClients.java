package org.uplift.marketplace.clients;

import java.util.Optional;

import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import org.uplift.identity.Actor;
import org.uplift.identity.Actors;
import org.uplift.identity.Role;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/**
 * The current provider's clients (我的客户) for its admins and consultants: a page of its own
 * {@code provider_clients}, most recent activity first. Reads only the provider's tenant; the work per request
 * is one page and one count, whatever the number of SMEs on the platform.
 */
@Service
public class ProviderClients {

    public static final String PROVIDERS_ONLY = "clients.providersOnly";
    public static final String PAGE_RANGE = "clients.pageRange";
    public static final String SIZE_RANGE = "clients.sizeRange";

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Deep enough for any provider; a deeper skip would only cost the store. */
    static final int MAX_PAGE = 10_000;

    private final MongoTemplate mongo;
    private final Actors actors;

    ProviderClients(MongoTemplate mongo, @Lazy Actors actors) {
        this.mongo = mongo;
        this.actors = actors;
    }

    public ClientPage page(int page, int size) {
        requireProviderPeople();
        Violations v = new Violations();
        v.check(page >= 0 && page <= MAX_PAGE, "page", PAGE_RANGE, MAX_PAGE);
        v.check(size >= 1 && size <= MAX_SIZE, "size", SIZE_RANGE, MAX_SIZE);
        v.throwIfAny();
        Query query = new Query().with(Sort.by(Sort.Order.desc("lastActivityAt"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size);
        return new ClientPage(mongo.find(query, ProviderClient.class), page, size,
                mongo.count(new Query(), ProviderClient.class));
    }

    /** One of the current provider's clients by the SME's tenant id; another provider's is not found. */
    public Optional<ProviderClient> find(String smeTenantId) {
        requireProviderPeople();
        return smeTenantId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(ProviderClient.id(TenantContext.require(), smeTenantId),
                        ProviderClient.class));
    }

    private void requireProviderPeople() {
        Actor actor = actors.current();
        if (!(actor.has(Role.PROVIDER_ADMIN) || actor.has(Role.PROVIDER_CONSULTANT))) {
            throw new InputRejectedException(Violation.of("clients", PROVIDERS_ONLY));
        }
    }
}
