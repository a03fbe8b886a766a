package org.uplift.security.internal;

import java.util.Date;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The Camunda webapps' view of a signed-in platform admin. Only platform admins get this far (the
 * Camunda filter chain requires the role), so each is a Camunda admin.
 */
public class CamundaPlatformAdmins extends ContainerBasedAuthenticationProvider {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated()) {
            result.setGroups(List.of(CAMUNDA_ADMIN_GROUP));
        }
        return result;
    }

    /**
     * The webapps' filter, building the session's Camunda authentication from the platform login. The
     * stock filter looks the user up in Camunda's identity service, where platform admins do not
     * exist, and then fails on a null authentication (HTTP 500); for the same reason the webapps'
     * periodic re-check against that identity service is switched off (each request is checked by
     * the platform's own security instead).
     */
    public static class Filter extends ContainerBasedAuthenticationFilter {

        @Override
        protected UserAuthentication createAuthentication(ProcessEngine engine, String username, List<String> groups,
                List<String> tenants) {
            var authentication = new UserAuthentication(username, engine.getName());
            authentication.setGroupIds(groups == null ? List.of() : groups);
            authentication.setTenantIds(tenants == null ? List.of() : tenants);
            // Camunda authorization is off (camunda.bpm.authorization.enabled=false): every app is open.
            authentication.setAuthorizedApps(Set.of("welcome", "cockpit", "tasklist", "admin"));
            authentication.setCacheValidationTime(new Date(Long.MAX_VALUE));
            return authentication;
        }
    }
}
