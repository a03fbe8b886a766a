package org.uplift.security.internal;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.uplift.security.ProblemDetails;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API chain's 401 and 403 as problem bodies in the caller's language. The resource server's own
 * handlers still run first, so the {@code WWW-Authenticate} header (RFC 6750) stays as it was.
 */
final class ApiProblemResponses {

    private ApiProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ProblemDetails problems) {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) -> {
            bearer.commence(request, response, refused);
            write(problems, request, response, HttpStatus.UNAUTHORIZED);
        };
    }

    static AccessDeniedHandler forbidden(ProblemDetails problems) {
        var bearer = new BearerTokenAccessDeniedHandler();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) -> {
            bearer.handle(request, response, denied);
            write(problems, request, response, HttpStatus.FORBIDDEN);
        };
    }

    private static void write(ProblemDetails problems, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status) throws IOException {
        if (!response.isCommitted()) {
            problems.write(request, response, status);
        }
    }
}
