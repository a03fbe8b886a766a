package org.uplift.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.uplift.tenancy.TenantContext;

/**
 * The roles a signed-in principal holds now, read per request from its membership (people) or its
 * API client (machines) in the current tenant, never from the token or session that named it. Reads
 * are reused for {@link LiveAccessProperties#cacheFor()}; {@link Team} and {@link ApiClients} evict
 * an entry the moment they change it.
 */
@Service
@EnableConfigurationProperties(LiveAccessProperties.class)
public class LiveAccess {

    private record Entry(Optional<Actor> actor, Instant readAt) {
    }

    private final MembershipRepository memberships;
    private final ApiClientRepository clients;
    private final Clock clock;
    private final LiveAccessProperties properties;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    LiveAccess(MembershipRepository memberships, ApiClientRepository clients, Clock clock,
            LiveAccessProperties properties) {
        this.memberships = memberships;
        this.clients = clients;
        this.clock = clock;
        this.properties = properties;
    }

    /** The member with the roles of its membership in the current tenant; empty once it was removed. */
    public Optional<Actor> member(String userId) {
        return cached("member|" + TenantContext.require() + "|" + userId,
                () -> memberships.findByUserId(userId).filter(m -> !m.getRoles().isEmpty()).map(Actor::member));
    }

    /** The API client of the current tenant with its granted roles; empty once it was revoked. */
    public Optional<Actor> client(String clientId) {
        return cached("client|" + TenantContext.require() + "|" + clientId,
                () -> clients.findByClientId(clientId).filter(ApiClient::isActive).map(Actor::client));
    }

    /**
     * A person whose roles an external issuer vouches for (the platform holds no membership for it then).
     * Only the security module calls this, and only when an external issuer is configured.
     */
    public Actor vouchedByExternalIssuer(String userId, Set<Role> roles) {
        return new Actor(Actor.Kind.MEMBER, userId, TenantContext.require(), roles);
    }

    void evictMember(String userId) {
        cache.remove("member|" + TenantContext.require() + "|" + userId);
    }

    void evictClient(String clientId) {
        cache.remove("client|" + TenantContext.require() + "|" + clientId);
    }

    private Optional<Actor> cached(String key, Supplier<Optional<Actor>> read) {
        Instant now = clock.instant();
        Entry entry = cache.get(key);
        if (entry != null && now.isBefore(entry.readAt().plus(properties.cacheFor())) && !now.isBefore(entry.readAt())) {
            return entry.actor();
        }
        Optional<Actor> actor = read.get();
        cache.put(key, new Entry(actor, now));
        if (cache.size() > 10_000) {
            cache.values().removeIf(e -> !now.isBefore(e.readAt().plus(properties.cacheFor())));
        }
        return actor;
    }
}
