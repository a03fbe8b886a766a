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
 * Camunda filter chain requires the role). Each is an operator of the engine, not a Camunda admin: a member
 * of {@link #OPERATORS_GROUP} only, whose rights are the authorizations {@link CamundaOperatorAuthorizations}
 * grants (definitions, deployments, instance state, incidents, jobs; never tasks or variable contents).
 */
public class CamundaPlatformAdmins extends ContainerBasedAuthenticationProvider {

    /** Never {@code camunda-admin}: a Camunda admin bypasses every authorization check. */
    static final String OPERATORS_GROUP = "uplift-platform-operators";

    /** Cockpit only: Tasklist shows task contents, Admin manages users and authorizations. */
    static final Set<String> APPS = Set.of("welcome", "cockpit");

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated()) {
            result.setGroups(List.of(OPERATORS_GROUP));
            result.setTenants(List.of());
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
            authentication.setAuthorizedApps(APPS);
            authentication.setCacheValidationTime(new Date(Long.MAX_VALUE));
            return authentication;
        }
    }
}
