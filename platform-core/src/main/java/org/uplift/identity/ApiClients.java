package org.uplift.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    public static final String OWNER_MANAGES = "validation.apiClient.ownerManages";

    ApiClients(ApiClientRepository clients, PasswordEncoder passwords, Actors actors, LiveAccess live, Clock clock) {
        this.clients = clients;
        this.passwords = passwords;
        this.actors = actors;
        this.live = live;
        this.clock = clock;
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
        violations.check(roles == null || roles.stream().allMatch(r -> r.kind() == kind), "roles",
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

    /** Its tokens stop working on their next request (they are checked per request, see {@link LiveAccess}). */
    public void revoke(String id) {
        requireOwner("id");
        ApiClient client = clients.findById(id)
                .orElseThrow(() -> new InputRejectedException(Violation.of("id", "validation.apiClient.unknown")));
        client.revoke(clock.instant());
        clients.save(client);
        live.evictClient(client.getClientId());
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
