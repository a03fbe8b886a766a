package org.uplift.security.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.uplift.identity.Accounts;
import org.uplift.identity.ApiClients;
import org.uplift.identity.SignInThrottle;
import org.uplift.organisation.Organisations;
import org.uplift.security.IdentityProperties;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * The embedded OIDC issuer (Spring Authorization Server), on when no external issuer is configured.
 * <p>
 * It shares the host and the HTTP session with the UI it serves. CAUTION: to keep the two logins
 * from overwriting each other, the issuer keeps its signed-in user and its saved request under its
 * own session keys; signing out of the UI ends the session and so the issuer's login too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${uplift.identity.issuer-uri:}'.isEmpty()")
class EmbeddedIssuerConfiguration {

    static final String LOGIN_PAGE = "/idp/login";
    private static final String SESSION_CONTEXT_KEY = "UPLIFT_ISSUER_SECURITY_CONTEXT";

    @Bean
    @Order(1)
    SecurityFilterChain issuerFilterChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        var contextRepository = new HttpSessionSecurityContextRepository();
        contextRepository.setSpringSecurityContextKey(SESSION_CONTEXT_KEY);
        var requestCache = new HttpSessionRequestCache();
        requestCache.setSessionAttrName("UPLIFT_ISSUER_SAVED_REQUEST");
        http.securityMatcher(new OrRequestMatcher(issuer.getEndpointsMatcher(),
                        PathPatternRequestMatcher.withDefaults().matcher("/idp/**")))
                .with(issuer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/idp/**")).permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .requestCache(cache -> cache.requestCache(requestCache))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).loginProcessingUrl(LOGIN_PAGE)
                        .failureHandler(new SignInFailureHandler(LOGIN_PAGE)))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                // The token endpoint is called by clients, not browsers; CSRF protects the login form.
                .csrf(csrf -> csrf.ignoringRequestMatchers(issuer.getEndpointsMatcher()));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties identity, PasswordEncoder passwords,
            ApiClients apiClients, UiClientSecret secret) {
        return new UpliftRegisteredClients(identity.clientId(), passwords.encode(secret.value()), apiClients);
    }

    /** The UI's client secret: configured, or made up at start (both ends live in this process). */
    @Bean
    UiClientSecret uiClientSecret(IdentityProperties identity) {
        if (identity.clientSecret() != null && !identity.clientSecret().isBlank()) {
            return new UiClientSecret(identity.clientSecret());
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new UiClientSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(MongoTemplate mongo) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.loadOrCreate(mongo)));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties identity) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource));
        // Nimbus accepts only "JWT" or no type by default; ApiTokens then insists on at+jwt.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                new JOSEObjectType(ApiTokens.ACCESS_TOKEN_TYPE), JOSEObjectType.JWT, null));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(ApiTokens.embedded(identity.apiAudience()));
        return decoder;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(Accounts accounts, ApiClients apiClients,
            Organisations organisations, IdentityProperties identity) {
        return new TokenClaims(accounts, apiClients, organisations, identity.claims(), identity.apiAudience());
    }

    /** The only authentication provider, so no other password check (without the throttle) exists. */
    @Bean
    ThrottledSignIn throttledSignIn(Accounts accounts, PasswordEncoder passwords, SignInThrottle throttle) {
        return new ThrottledSignIn(accounts, passwords, throttle);
    }

    record UiClientSecret(String value) {
    }
}
