package org.uplift.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What the API accepts as a bearer token: an access token meant for it. An ID token (it carries the
 * tenant and roles too, and Vaadin's logout puts it in the browser's address bar) or an access token
 * issued for another audience is refused.
 */
final class ApiTokens {

    /** RFC 9068 media type the embedded issuer sets in the JWS header of each access token. */
    static final String ACCESS_TOKEN_TYPE = "at+jwt";

    private ApiTokens() {
    }

    /**
     * Embedded issuer: the header must say {@code at+jwt}, which it puts on access tokens only, and
     * {@code aud} must contain the API audience.
     */
    static OAuth2TokenValidator<Jwt> embedded(String apiAudience) {
        return JwtValidators.createDefaultWithValidators(List.of(new JwtAudienceValidator(apiAudience),
                ApiTokens::accessTokenHeader, ApiTokens::notAnIdTokenClaim));
    }

    /**
     * External issuer (Keycloak or any OIDC provider): its issuer, {@code aud} containing the API
     * audience, and no {@code typ} claim other than "Bearer" (Keycloak marks ID tokens "ID").
     */
    static OAuth2TokenValidator<Jwt> external(String issuerUri, String apiAudience) {
        var validators = new ArrayList<OAuth2TokenValidator<Jwt>>();
        validators.add(new JwtIssuerValidator(issuerUri));
        validators.add(new JwtAudienceValidator(apiAudience));
        validators.add(ApiTokens::notAnIdTokenClaim);
        validators.add(ApiTokens::notAnIdTokenHeader);
        return JwtValidators.createDefaultWithValidators(validators);
    }

    private static OAuth2TokenValidatorResult accessTokenHeader(Jwt jwt) {
        Object type = jwt.getHeaders().get("typ");
        return type != null && ACCESS_TOKEN_TYPE.equalsIgnoreCase(type.toString()) ? OAuth2TokenValidatorResult.success()
                : refused("The token is not an access token");
    }

    private static OAuth2TokenValidatorResult notAnIdTokenClaim(Jwt jwt) {
        Object type = jwt.getClaims().get("typ");
        return type == null || "Bearer".equalsIgnoreCase(type.toString()) ? OAuth2TokenValidatorResult.success()
                : refused("The token is not an access token (typ " + type + ")");
    }

    /** Some issuers mark ID tokens in the header instead of a claim. */
    private static OAuth2TokenValidatorResult notAnIdTokenHeader(Jwt jwt) {
        Object type = jwt.getHeaders().get("typ");
        return type != null && type.toString().toLowerCase(java.util.Locale.ROOT).contains("id")
                ? refused("The token is not an access token (typ " + type + ")") : OAuth2TokenValidatorResult.success();
    }

    private static OAuth2TokenValidatorResult refused(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
    }
}
