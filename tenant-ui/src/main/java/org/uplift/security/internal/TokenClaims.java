package org.uplift.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.Role;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.security.IdentityProperties;

/**
 * Puts the tenant, its kind and the roles into every token: for people from their membership, for
 * API clients from the roles their owner granted. Access tokens also name the API as audience.
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final Accounts accounts;
    private final ApiClients apiClients;
    private final Organisations organisations;
    private final IdentityProperties.Claims names;
    private final String apiAudience;

    TokenClaims(Accounts accounts, ApiClients apiClients, Organisations organisations, IdentityProperties.Claims names,
            String apiAudience) {
        this.accounts = accounts;
        this.apiClients = apiClients;
        this.organisations = organisations;
        this.names = names;
        this.apiAudience = apiAudience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessOrIdToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || "id_token".equals(context.getTokenType().getValue());
        if (!accessOrIdToken) {
            return;
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            markAsAccessToken(context);
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            apiClients.findActive(context.getRegisteredClient().getClientId()).ifPresent(client ->
                    put(context, client.getTenantId(), client.getRoles().stream().map(Role::name).toList(),
                            "client:" + client.getClientId(), client.getName()));
            return;
        }
        accounts.findForSignIn(context.getPrincipal().getName()).ifPresent(account ->
                put(context, account.tenantId(), account.roles().stream().map(Role::name).toList(),
                        account.userId(), account.displayName()));
    }

    /** Only access tokens get the API audience and the at+jwt type, which the API requires (see ApiTokens). */
    private void markAsAccessToken(JwtEncodingContext context) {
        context.getJwsHeader().type(ApiTokens.ACCESS_TOKEN_TYPE);
        context.getClaims().claims(claims -> {
            var audience = new ArrayList<String>();
            if (claims.get(JwtClaimNames.AUD) instanceof Collection<?> existing) {
                existing.forEach(value -> audience.add(value.toString()));
            } else if (claims.get(JwtClaimNames.AUD) instanceof String single) {
                audience.add(single);
            }
            if (!audience.contains(apiAudience)) {
                audience.add(apiAudience);
            }
            claims.put(JwtClaimNames.AUD, audience);
        });
    }

    private void put(JwtEncodingContext context, String tenantId, List<String> roles, String userId, String name) {
        String kind = organisations.find(tenantId).map(Organisation::getKind).map(Enum::name).orElse(null);
        context.getClaims().claim(names.tenantId(), tenantId)
                .claim(names.roles(), roles)
                .claim(names.userId(), userId)
                .claim("name", name);
        if (kind != null) {
            context.getClaims().claim(names.tenantKind(), kind);
        }
    }
}
