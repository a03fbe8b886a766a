package org.uplift.security.internal;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;

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
}
