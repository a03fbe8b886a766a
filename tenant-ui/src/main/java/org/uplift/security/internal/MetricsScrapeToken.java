package org.uplift.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The configured scrape token ({@link MetricsScrapeProperties}) on {@code /actuator/prometheus}: a request
 * bearing it acts as the metrics scraper (role {@value #ROLE}), and the JWT resource server never sees it as a
 * token to decode. On any other path, or without a configured token, it is an ordinary (invalid) bearer token.
 */
final class MetricsScrapeToken extends OncePerRequestFilter {

    static final String ROLE = "METRICS_SCRAPER";
    static final String PATH = "/actuator/prometheus";

    private final byte[] token;
    private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    MetricsScrapeToken(MetricsScrapeProperties properties) {
        this.token = properties.scrapeToken() == null ? null
                : properties.scrapeToken().getBytes(StandardCharsets.UTF_8);
    }

    /** The resource server's resolver: the scrape token on the metrics path is not a JWT. */
    BearerTokenResolver jwtResolver() {
        return request -> isScrape(request) ? null : bearer.resolve(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isScrape(request)) {
            var context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics-scraper", null,
                    List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
            contexts.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private boolean isScrape(HttpServletRequest request) {
        if (token == null || !PATH.equals(request.getRequestURI())) {
            return false;
        }
        String presented;
        try {
            presented = bearer.resolve(request);
        } catch (RuntimeException malformed) {
            return false;
        }
        return presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }
}
