package org.uplift.security.internal;

import java.time.Duration;
import java.util.Set;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.uplift.identity.ApiClient;
import org.uplift.identity.ApiClients;

/**
 * The clients the embedded issuer knows: the platform's own UI (authorization code + PKCE) and each
 * tenant's API clients (client credentials, from MongoDB).
 * <p>
 * The UI client's redirect and post-logout URIs are those of the origin the browser is on, so the
 * platform works under any host name and port it is reached by (localhost, an IP, a random test port)
 * while still matching exactly, as OAuth 2.1 requires; forwarded headers count only from the trusted
 * proxies. With {@code uplift.identity.issuer-url} set they are that URL's, whatever the request says.
 */
final class UpliftRegisteredClients implements RegisteredClientRepository {

    static final String UI_REGISTRATION = "uplift";
    /** Every access token's lifetime; ID tokens live 30 minutes (see SigningKeys.LONGEST_TOKEN_LIFETIME). */
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final String uiClientId;
    private final String uiSecretHash;
    private final ApiClients apiClients;
    private final String configuredOrigin;

    UpliftRegisteredClients(String uiClientId, String uiSecretHash, ApiClients apiClients, String configuredOrigin) {
        this.uiClientId = uiClientId;
        this.uiSecretHash = uiSecretHash;
        this.apiClients = apiClients;
        this.configuredOrigin = configuredOrigin;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Clients are managed by tenants, not registered dynamically");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        if (uiClientId.equals(clientId)) {
            return uiClient();
        }
        return apiClients.findActive(clientId).map(UpliftRegisteredClients::apiClient).orElse(null);
    }

    private RegisteredClient uiClient() {
        String origin = configuredOrigin != null ? configuredOrigin : currentOrigin();
        return RegisteredClient.withId(uiClientId)
                .clientId(uiClientId)
                .clientSecret(uiSecretHash)
                .clientName("Uplift")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(origin + "/login/oauth2/code/" + UI_REGISTRATION)
                .postLogoutRedirectUri(origin + "/")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                // The UI signs in with the ID token (30 minutes, fixed by the issuer); its access token, which
                // the API would take, lives as long as an API client's.
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build())
                .build();
    }

    private static RegisteredClient apiClient(ApiClient client) {
        return RegisteredClient.withId(client.getClientId())
                .clientId(client.getClientId())
                .clientSecret(client.getSecretHash())
                .clientName(client.getName())
                .clientAuthenticationMethods(methods -> methods.addAll(Set.of(
                        ClientAuthenticationMethod.CLIENT_SECRET_BASIC, ClientAuthenticationMethod.CLIENT_SECRET_POST)))
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("api")
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_LIFETIME).build())
                .build();
    }

    private static String currentOrigin() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ServletUriComponentsBuilder.fromContextPath(attributes.getRequest()).replacePath(null)
                    .replaceQuery(null).build().toUriString();
        }
        return "http://localhost";
    }
}
