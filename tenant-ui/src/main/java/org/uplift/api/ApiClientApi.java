package org.uplift.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uplift.identity.ApiClient;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.security.IdentityProperties;

/**
 * An owner's machine clients over the API; the secret is in the creation response only. Only the
 * embedded issuer honours them: with an external issuer every call answers that the identity provider
 * issues API clients.
 */
@RestController
@RequestMapping("/api/v1/api-clients")
class ApiClientApi {

    private final ApiCaller caller;
    private final ApiClients clients;
    private final IdentityProperties identity;

    ApiClientApi(ApiCaller caller, ApiClients clients, IdentityProperties identity) {
        this.caller = caller;
        this.clients = clients;
        this.identity = identity;
    }

    record NewClient(String name, Set<Role> roles) {
    }

    /** {@code createdBy}: the owner's user id (or "system"); {@code revokedAt} is set when it was revoked. */
    record ClientView(String id, String clientId, String name, Set<Role> roles, String createdBy, Instant createdAt,
            Instant revokedAt) {
        static ClientView of(ApiClient c) {
            return new ClientView(c.getId(), c.getClientId(), c.getName(), c.getRoles(), c.getCreatedBy(),
                    c.getCreatedAt(), c.getRevokedAt());
        }
    }

    record Created(String clientId, String clientSecret, ClientView client) {
    }

    @GetMapping
    List<ClientView> list() {
        requireEmbeddedIssuer();
        caller.owner();
        return clients.list().stream().map(ClientView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@RequestBody NewClient body) {
        requireEmbeddedIssuer();
        var owner = caller.owner();
        var created = clients.create(body.name(), body.roles(), owner.tenantKind());
        return new Created(created.clientId(), created.secret(), ClientView.of(created.client()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id) {
        requireEmbeddedIssuer();
        caller.owner();
        if (!clients.revoke(id)) {
            throw new ApiProblems.NotFound();
        }
    }

    private void requireEmbeddedIssuer() {
        if (!identity.embedded()) {
            throw new ApiProblems.IssuedByIdentityProvider();
        }
    }
}
