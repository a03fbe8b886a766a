package org.uplift.security.internal;

import java.security.SecureRandom;
import java.util.Base64;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
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
import com.nimbusds.jose.jwk.RSAKey;
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
@EnableConfigurationProperties(SigningKeyProperties.class)
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
        return new UpliftRegisteredClients(identity.clientId(), passwords.encode(secret.value()), apiClients,
                identity.configuredIssuerUrl().orElse(null));
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
    SigningKeys signingKeys(MongoTemplate mongo, SigningKeyProperties settings, Environment environment, Clock clock) {
        var encryption = KeyEncryptionKey.resolve(settings,
                Path.of(environment.getProperty("uplift.data-dir", "./data")),
                environment.getProperty("server.address", ""));
        return new SigningKeys(mongo, SigningKeys.COLLECTION, encryption, settings, clock);
    }

    /** All published keys (public parts): the JWKS endpoint and the API's decoder. */
    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return keys.jwkSource();
    }

    /** Signs with the newest key only (the JWKS holds several while a retired one is still published). */
    @Bean
    JwtEncoder jwtEncoder(SigningKeys keys) {
        var encoders = new java.util.concurrent.ConcurrentHashMap<String, NimbusJwtEncoder>();
        return parameters -> {
            RSAKey key = keys.signingKey();
            return encoders.computeIfAbsent(key.getKeyID(),
                    kid -> new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))).encode(parameters);
        };
    }

    @Bean
    LiveApiClients liveApiClients(ApiClients apiClients, Clock clock, IdentityProperties identity) {
        return new LiveApiClients(clientId -> apiClients.findActive(clientId).isPresent(), clock,
                identity.claims().userId());
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties identity, LiveApiClients live) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, jwkSource));
        // Nimbus accepts only "JWT" or no type by default; ApiTokens then insists on at+jwt.
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                new JOSEObjectType(ApiTokens.ACCESS_TOKEN_TYPE), JOSEObjectType.JWT, null));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(ApiTokens.embedded(identity.apiAudience()), live));
        return decoder;
    }

    /**
     * The issuer is never taken from the request's forwarded headers: {@code uplift.identity.issuer-url}
     * when set; else on a loopback-only server with a fixed port {@code http://localhost:<port>}; else
     * (a random test port, or a server reachable from elsewhere without the setting, which is warned
     * about) the request's own host, forwarded headers counting only from the trusted proxies.
     */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties identity, Environment environment) {
        var settings = AuthorizationServerSettings.builder();
        issuerUrl(identity, environment).ifPresent(settings::issuer);
        return settings.build();
    }

    static java.util.Optional<String> issuerUrl(IdentityProperties identity, Environment environment) {
        if (identity.configuredIssuerUrl().isPresent()) {
            return identity.configuredIssuerUrl();
        }
        String port = environment.getProperty("server.port", "8080");
        String address = environment.getProperty("server.address", "");
        if (!KeyEncryptionKey.loopbackOnly(address)) {
            org.slf4j.LoggerFactory.getLogger(EmbeddedIssuerConfiguration.class).warn("uplift.identity.issuer-url "
                    + "(UPLIFT_IDENTITY_ISSUER_URL) is not set on a server reachable from other hosts: the issuer URL "
                    + "follows each request's host. Set it to the platform's public URL.");
            return java.util.Optional.empty();
        }
        return "0".equals(port) ? java.util.Optional.empty() : java.util.Optional.of("http://localhost:" + port);
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
