package org.uplift.security.internal;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.uplift.security.IdentityProperties;
import org.uplift.security.PrincipalClaims;
import org.uplift.security.ProblemDetails;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * The filter chains besides the issuer's, each with its own matcher and order: the JSON API (JWT
 * bearer tokens), the Camunda webapps (platform admins only), actuator, and the Vaadin UI (OIDC login
 * with authorization code and PKCE, RP-initiated logout).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({IdentityProperties.class, MetricsScrapeProperties.class})
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class WebSecurityConfiguration {

    private static final String LOGIN = "/oauth2/authorization/" + UpliftRegisteredClients.UI_REGISTRATION;
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(2)
    SecurityFilterChain apiFilterChain(HttpSecurity http, PrincipalClaims claims, IdentityProperties identity,
            ProblemDetails problems) throws Exception {
        return http.securityMatcher(PATHS.matcher("/api/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(identity)))
                        .authenticationEntryPoint(ApiProblemResponses.unauthorized(problems))
                        .accessDeniedHandler(ApiProblemResponses.forbidden(problems)))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiProblemResponses.unauthorized(problems))
                        .accessDeniedHandler(ApiProblemResponses.forbidden(problems)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens are not sent by browsers on their own, so CSRF does not apply here.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/camunda/**"), PATHS.matcher("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("PLATFORM_ADMIN"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN)))
                // The Camunda webapps bring their own CSRF protection (X-XSRF-TOKEN).
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, IdentityProperties identity,
            MetricsScrapeProperties metrics) throws Exception {
        var scrape = new MetricsScrapeToken(metrics);
        return http.securityMatcher(PATHS.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        // Probes only; metrics and info tell an attacker too much (versions, tenants' traffic).
                        .requestMatchers(PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/liveness"),
                                PATHS.matcher("/actuator/health/readiness")).permitAll()
                        // Prometheus, with the configured scrape token (uplift.metrics.scrape-token)
                        .requestMatchers(PATHS.matcher(MetricsScrapeToken.PATH))
                                .hasAnyRole("PLATFORM_ADMIN", MetricsScrapeToken.ROLE)
                        .anyRequest().hasRole("PLATFORM_ADMIN"))
                .addFilterBefore(scrape, BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(rs -> rs.bearerTokenResolver(scrape.jwtResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(identity))))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(10)
    SecurityFilterChain uiFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
            PrincipalClaims claims, IdentityProperties identity) throws Exception {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .loginPage(LOGIN)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService(claims))));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN,
                        identity.configuredIssuerUrl().filter(url -> identity.embedded()).orElse("{baseUrl}") + "/"))
                .build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(IdentityProperties identity, Environment environment,
            ObjectProvider<EmbeddedIssuerConfiguration.UiClientSecret> embeddedSecret) {
        if (identity.embedded()) {
            return ClientRegistrations.embedded(environment, identity.clientId(), embeddedSecret.getObject().value(),
                    identity.configuredIssuerUrl());
        }
        return ClientRegistrations.external(identity.issuerUri(), identity.clientId(), identity.clientSecret());
    }

    /**
     * With an external issuer only; the embedded one declares its own decoder on its signing key. Built on
     * the first token (and retried while the issuer is unreachable): {@code withIssuerLocation} fetches the
     * discovery document at once, which made start-up fail whenever the issuer was not up yet.
     */
    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("!'${uplift.identity.issuer-uri:}'.isEmpty()")
    JwtDecoder externalIssuerJwtDecoder(IdentityProperties identity) {
        // Built on the first token (the issuer may start after us). Spring's own type check is replaced by
        // ApiTokens: Keycloak marks ID tokens in a claim, not the header.
        return new SupplierJwtDecoder(() -> {
            var decoder = NimbusJwtDecoder.withIssuerLocation(identity.issuerUri()).validateType(false).build();
            decoder.setJwtValidator(ApiTokens.external(identity.issuerUri(), identity.apiAudience()));
            return decoder;
        });
    }

    /** Before every other filter, on every dispatch, so that error responses carry them too. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(java.util.EnumSet.allOf(jakarta.servlet.DispatcherType.class));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Lets the Camunda webapps trust the platform's login instead of asking for their own. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        var registration = new FilterRegistrationBean<ContainerBasedAuthenticationFilter>(
                new CamundaPlatformAdmins.Filter());
        registration.setInitParameters(Map.of("authentication-provider", CamundaPlatformAdmins.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    private static JwtAuthenticationConverter jwtConverter(IdentityProperties identity) {
        var authorities = new org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(identity.claims().roles());
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(PrincipalClaims claims) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            var principal = claims.principal(user.getClaims(), user.getSubject());
            return new DefaultOidcUser(PrincipalClaims.authorities(principal), user.getIdToken(), user.getUserInfo(), "sub");
        };
    }
}
