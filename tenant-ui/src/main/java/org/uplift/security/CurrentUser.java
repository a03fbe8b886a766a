package org.uplift.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** The principal of the current request, whether it came through the UI login or an API token. */
@Component
public class CurrentUser {

    private final PrincipalClaims claims;
    private final ObjectProvider<SecurityContextHolderStrategy> holder;

    /** Reads through this application's holder strategy (Vaadin-aware), not whichever one is global. */
    CurrentUser(PrincipalClaims claims, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.claims = claims;
        this.holder = holder;
    }

    public Optional<UpliftPrincipal> get() {
        var strategy = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        return from(strategy.getContext().getAuthentication());
    }

    public UpliftPrincipal require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
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
}
