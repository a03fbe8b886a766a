package org.uplift;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.uplift.identity.SignInAccount;
import org.uplift.tenancy.TenantContext;

/**
 * Runs test set-up as a signed-in user, as an API token would carry them (tenant, user id, roles at the
 * time), in that user's tenant: the application's Actors then reads the live membership, as in a request.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(SignInAccount account, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        List<String> roles = account.roles().stream().map(Enum::name).toList();
        Jwt jwt = Jwt.withTokenValue("test-token").header("alg", "none").subject(account.username())
                .claim("tenant_id", account.tenantId()).claim("user_id", account.userId()).claim("roles", roles)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        List<GrantedAuthority> authorities = roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
        context.setAuthentication(new JwtAuthenticationToken(jwt, authorities));
        try {
            return TenantContext.callAs(account.tenantId(), work);
        } finally {
            context.setAuthentication(previous);
        }
    }

    public static void as(SignInAccount account, Runnable work) {
        as(account, () -> {
            work.run();
            return null;
        });
    }
}
