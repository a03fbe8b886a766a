package org.uplift.security;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.uplift.tenancy.TenantContext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in principal's tenant into the {@link TenantContext} (and the log MDC) for the rest
 * of the request. Runs after the security filter chains have authenticated the request.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class TenantContextFilter extends OncePerRequestFilter {

    private final CurrentUser currentUser;

    TenantContextFilter(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var tenant = currentUser.get().map(UpliftPrincipal::tenantId).orElse(null);
        if (tenant == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.callAs(tenant, () -> {
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
