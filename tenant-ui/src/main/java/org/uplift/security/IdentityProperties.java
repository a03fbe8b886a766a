package org.uplift.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where identities come from. With no {@code issuerUri} the application embeds its own OIDC issuer;
 * with one, that issuer (Keycloak or any OIDC provider) is used and {@link Claims} names the claims
 * that carry the tenant, its kind and the roles. {@code apiAudience} is the {@code aud} every access
 * token for the API must carry (the embedded issuer puts it in; configure it as the audience of the
 * API's client scope with an external issuer). {@code issuerUrl} is the embedded issuer's own public
 * URL (its {@code iss}, and the base of the UI's redirect URIs): set it wherever the platform is
 * reached through a proxy; unset, it is {@code http://localhost:<port>} on a loopback-only server.
 */
@ConfigurationProperties("uplift.identity")
public record IdentityProperties(String issuerUri, @DefaultValue("uplift-ui") String clientId, String clientSecret,
        @DefaultValue Claims claims, @DefaultValue("uplift-api") String apiAudience, String issuerUrl) {

    /** The configured public URL of the embedded issuer, without a trailing slash. */
    public java.util.Optional<String> configuredIssuerUrl() {
        if (issuerUrl == null || issuerUrl.isBlank()) {
            return java.util.Optional.empty();
        }
        String url = issuerUrl.trim();
        return java.util.Optional.of(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public boolean embedded() {
        return issuerUri == null || issuerUri.isBlank();
    }

    public record Claims(@DefaultValue("tenant_id") String tenantId, @DefaultValue("tenant_kind") String tenantKind,
            @DefaultValue("roles") String roles, @DefaultValue("user_id") String userId) {
    }
}
