package org.uplift.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.uplift.identity.AccessRevokedException;
import org.uplift.identity.Actor;
import org.uplift.identity.LiveAccess;
import org.uplift.tenancy.TenantContext;

/**
 * The principal of the current request, whether it came through the UI login or an API token. The
 * token or session only names who it is: the roles are those of the live membership (people) or API
 * client (machines), re-read per request through {@link LiveAccess}, so a demoted owner is no owner on
 * the next request and a removed member or revoked client is refused ({@link AccessRevokedException}).
 */
@Component
public class CurrentUser {

    /** The user id prefix of API clients in their tokens (see the token customizer). */
    static final String CLIENT_PREFIX = "client:";

    private final PrincipalClaims claims;
    private final ObjectProvider<SecurityContextHolderStrategy> holder;
    private final LiveAccess live;
    private final IdentityProperties identity;

    /** Reads through this application's holder strategy (Vaadin-aware), not whichever one is global. */
    CurrentUser(PrincipalClaims claims, ObjectProvider<SecurityContextHolderStrategy> holder, LiveAccess live,
            IdentityProperties identity) {
        this.claims = claims;
        this.holder = holder;
        this.live = live;
        this.identity = identity;
    }

    /**
     * The signed-in principal with its live roles; empty when nobody is signed in.
     *
     * @throws AccessRevokedException when the member was removed or the API client revoked
     */
    public Optional<UpliftPrincipal> get() {
        return claimed().map(principal -> principal.tenantId() == null ? principal
                : principal.withRoles(actor(principal).orElseThrow(() -> new AccessRevokedException(principal.userId()))
                        .roles()));
    }

    public UpliftPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The principal as its token or session names it, roles as they were at sign-in. */
    public Optional<UpliftPrincipal> claimed() {
        return from(authentication());
    }

    /** Whether the principal came through the UI's sign-in (an HTTP session), not an API token. */
    public boolean isUiSession() {
        return authentication() != null && authentication().getPrincipal() instanceof OidcUser;
    }

    /**
     * The live actor the principal stands for, in its tenant: empty once the member was removed or the
     * client revoked. With an external issuer, which holds the people, its claims are trusted for the
     * token's short life.
     */
    public Optional<Actor> actor(UpliftPrincipal principal) {
        if (principal.tenantId() == null) {
            return Optional.empty();
        }
        return TenantContext.callAs(principal.tenantId(), () -> {
            if (!identity.embedded()) {
                // The external issuer owns its users and machine clients: its token lifetime bounds removal.
                return Optional.of(live.vouchedByExternalIssuer(principal.userId(), principal.roles()));
            }
            if (principal.userId().startsWith(CLIENT_PREFIX)) {
                return live.client(principal.userId().substring(CLIENT_PREFIX.length()));
            }
            return live.member(principal.userId());
        });
    }

    public Optional<UpliftPrincipal> from(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return Optional.of(claims.principal(user.getClaims(), user.getSubject()));
        }
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(claims.principal(jwt.getToken().getClaims(), jwt.getToken().getSubject()));
        }
        return Optional.empty();
    }

    private Authentication authentication() {
        var strategy = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return strategy.getContext().getAuthentication();
    }
}
