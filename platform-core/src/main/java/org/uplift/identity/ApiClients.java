package org.uplift.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.uplift.tenancy.CrossTenantAccess;
import org.uplift.tenancy.TenantKind;
import org.uplift.validation.InputRejectedException;
import org.uplift.validation.Violation;
import org.uplift.validation.Violations;

/** The current tenant's machine clients. */
@Service
public class ApiClients {

    private final ApiClientRepository clients;
    private final PasswordEncoder passwords;
    private final Actors actors;
    private final LiveAccess live;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public static final String OWNER_MANAGES = "validation.apiClient.ownerManages";

    ApiClients(ApiClientRepository clients, PasswordEncoder passwords, Actors actors, LiveAccess live, Clock clock,
            ApplicationEventPublisher events) {
        this.clients = clients;
        this.passwords = passwords;
        this.actors = actors;
        this.live = live;
        this.clock = clock;
        this.events = events;
    }

    public List<ApiClient> list() {
        return clients.findAllByOrderByCreatedAtDesc();
    }

    public CreatedApiClient create(String name, Set<Role> roles, TenantKind kind) {
        String clientId = "api-" + SecretTokens.newToken().substring(0, 12).toLowerCase(java.util.Locale.ROOT)
                .replace('_', 'x').replace('-', 'x');
        return create(clientId, name, SecretTokens.newToken(), roles, kind);
    }

    /** With a chosen id and secret: for demo data and provisioning scripts. Owners (or system work) only. */
    public CreatedApiClient create(String clientId, String name, String secret, Set<Role> roles, TenantKind kind) {
        Actor actor = requireOwner("name");
        Violations violations = new Violations();
        violations.requireText(name, "name");
        violations.check(roles != null && !roles.isEmpty(), "roles", "validation.roles.required");
        // A JSON body can carry [null]; Set.contains(null) may throw, so look with a stream.
        boolean unnamed = roles != null && roles.stream().anyMatch(java.util.Objects::isNull);
        violations.check(!unnamed, "roles", "validation.type");
        violations.check(roles == null || unnamed || roles.stream().allMatch(r -> r.kind() == kind), "roles",
                "validation.roles.wrongKind");
        violations.throwIfAny();
        try {
            ApiClient client = clients.insert(new ApiClient(clientId, name.trim(), passwords.encode(secret), roles,
                    clock.instant(), actor.userId()));
            return new CreatedApiClient(clientId, secret, client);
        } catch (DuplicateKeyException e) {
            throw new InputRejectedException(Violation.of("clientId", "validation.apiClient.taken"));
        }
    }

    /**
     * No new token from the moment it is revoked; the tokens it already holds are refused by the API at
     * once on this instance (the event, and {@link LiveAccess}) and within 30 seconds on the others.
     *
     * @return false when the current tenant has no client with this id (another tenant's is not seen).
     */
    public boolean revoke(String id) {
        requireOwner("id");
        var found = clients.findById(id);
        found.ifPresent(client -> {
            client.revoke(clock.instant());
            clients.save(client);
            events.publishEvent(new ApiClientRevoked(client.getTenantId(), client.getClientId()));
            live.evictClient(client.getClientId());
        });
        return found.isPresent();
    }

    /**
     * Revokes the active clients a member created, when that member is removed or stops being an owner:
     * the person may still hold the secrets, and the tenant's remaining owners create new clients.
     *
     * @return how many were revoked
     */
    int revokeCreatedBy(String userId) {
        int revoked = 0;
        for (ApiClient client : clients.findByCreatedByAndRevokedAtIsNull(userId)) {
            client.revoke(clock.instant());
            clients.save(client);
            live.evictClient(client.getClientId());
            revoked++;
        }
        return revoked;
    }

    private Actor requireOwner(String field) {
        Actor actor = actors.current();
        if (!actor.isOwner()) {
            throw new InputRejectedException(Violation.of(field, OWNER_MANAGES));
        }
        return actor;
    }

    /** For the token endpoint, which authenticates a client before any tenant is known. */
    public Optional<ApiClient> findActive(String clientId) {
        return CrossTenantAccess.call("token endpoint client look-up", () -> clients.findByClientId(clientId))
                .filter(ApiClient::isActive);
    }
}
