package org.uplift.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.uplift.identity.Actor;
import org.uplift.tenancy.TenantContext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in principal's tenant into the {@link TenantContext} (and the log MDC) for the rest
 * of the request, after checking that the principal still has access: its membership (or API client)
 * is re-read, with a short cache, on every request. A removed member or revoked client gets a 401
 * problem on the API; in the UI the session is ended and the user is sent to sign in, told why (also
 * when the roles changed, so the UI never runs on roles that are no longer true). Runs after the
 * security filter chains have authenticated the request.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class TenantContextFilter extends OncePerRequestFilter {

    private final CurrentUser currentUser;
    private final ProblemDetails problems;
    private final ObjectProvider<SecurityContextHolderStrategy> holder;

    TenantContextFilter(CurrentUser currentUser, ProblemDetails problems,
            ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.currentUser = currentUser;
        this.problems = problems;
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var principal = currentUser.claimed().filter(p -> p.tenantId() != null).orElse(null);
        if (principal == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Actor> live = currentUser.actor(principal);
        if (live.isEmpty()) {
            end(request, response, AccessEnded.REVOKED);
            return;
        }
        if (currentUser.isUiSession() && !live.get().roles().equals(principal.roles())) {
            end(request, response, AccessEnded.CHANGED);
            return;
        }
        try {
            TenantContext.callAs(principal.tenantId(), () -> {
                try {
                    chain.doFilter(request, response);
                    return null;
                } catch (IOException | ServletException e) {
                    throw new FilterFailure(e);
                }
            });
        } catch (FilterFailure failure) {
            failure.rethrow();
        }
    }

    /**
     * API: 401 with a problem saying the access was revoked (the token named someone who no longer has it).
     * UI: the HTTP session, and with it the Vaadin session, ends; Vaadin's own requests are told their
     * session expired (the client then reloads), any other request is sent to the start page, which asks
     * to sign in; the sign-in page says why.
     */
    private void end(HttpServletRequest request, HttpServletResponse response, AccessEnded reason)
            throws IOException {
        if (ProblemDetails.isApi(request) || !currentUser.isUiSession()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                    + "error_description=\"The access of this token was revoked\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.accessRevoked");
            return;
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy).clearContext();
        reason.remember(request, response);
        String vaadinRequest = request.getParameter("v-r");
        if ("uidl".equals(vaadinRequest)) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write("for(;;);[{\"meta\":{\"sessionExpired\":true}}]"
                    .getBytes(StandardCharsets.UTF_8));
        } else if (vaadinRequest != null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    private static final class FilterFailure extends RuntimeException {
        FilterFailure(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
