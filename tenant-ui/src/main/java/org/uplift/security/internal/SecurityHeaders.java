package org.uplift.security.internal;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-side protections on every response, error pages included, set before anything else
 * runs (Spring Security's own header writers then find them there).
 * <p>
 * The UI's Content-Security-Policy is as strict as Vaadin Flow 24 allows: its bootstrap page starts
 * the client engine with an inline script and the engine builds functions from the expressions the
 * server sends ({@code executeJs}), hence {@code 'unsafe-inline' 'unsafe-eval'} for scripts, and its
 * components set inline styles; nothing may come from another origin, be framed or posted elsewhere.
 * The JSON API loads nothing at all. The Camunda webapps send their own nonce-based policy, which a
 * second policy here would only break.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/v3/api-docs")) {
            response.setHeader("Content-Security-Policy", API_POLICY);
        } else if (!path.startsWith("/camunda/")) {
            response.setHeader("Content-Security-Policy", UI_POLICY);
        }
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
