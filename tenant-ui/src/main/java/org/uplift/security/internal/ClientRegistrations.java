package org.uplift.security.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.function.SingletonSupplier;

/**
 * The UI's one client registration, built on first use: by then the server listens, so the embedded
 * issuer's back-channel URIs know the real port, and an external issuer is asked for its discovery
 * document only when someone signs in (start-up never waits on it).
 */
final class ClientRegistrations implements ClientRegistrationRepository {

    private final Supplier<ClientRegistration> registration;

    private ClientRegistrations(Supplier<ClientRegistration> registration) {
        this.registration = SingletonSupplier.of(registration);
    }

    static ClientRegistrations embedded(Environment environment, String clientId, String clientSecret,
            java.util.Optional<String> publicUrl) {
        return new ClientRegistrations(() -> {
            String backChannel = "http://localhost:" + environment.getProperty("local.server.port",
                    environment.getProperty("server.port", "8080"));
            return ClientRegistration.withRegistrationId(UpliftRegisteredClients.UI_REGISTRATION)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(publicUrl.orElse("{baseUrl}") + "/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile")
                    // Relative: the browser stays on the host it used, so the issuer shares the UI's session.
                    .authorizationUri("/oauth2/authorize")
                    .tokenUri(backChannel + "/oauth2/token")
                    .jwkSetUri(backChannel + "/oauth2/jwks")
                    .userNameAttributeName("sub")
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", "/connect/logout"))
                    .clientName("Uplift")
                    .build();
        });
    }

    static ClientRegistrations external(String issuerUri, String clientId, String clientSecret) {
        return new ClientRegistrations(() -> org.springframework.security.oauth2.client.registration.ClientRegistrations
                .fromIssuerLocation(issuerUri)
                .registrationId(UpliftRegisteredClients.UI_REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .build());
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return UpliftRegisteredClients.UI_REGISTRATION.equals(registrationId) ? registration.get() : null;
    }
}
