package org.uplift.security.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * What the platform admins ({@link CamundaPlatformAdmins#OPERATORS_GROUP}) may do in Cockpit: what operating
 * the engine needs. See process definitions, deployments and decisions; see process instances' state,
 * incidents and jobs; retry failed jobs and suspend. Not granted: tasks ({@code READ_TASK}), any variable
 * ({@code READ_INSTANCE_VARIABLE}, {@code READ_TASK_VARIABLE}, {@code READ_HISTORY_VARIABLE}, whose
 * separate check {@code EngineAuthorizationPlugin} enforces), history, changing or deleting instances, and
 * users, groups and authorizations themselves. Written at every start, replacing what an earlier version
 * granted, so the list here is the whole truth.
 */
@Component
class CamundaOperatorAuthorizations extends AbstractProcessEnginePlugin {

    record Grant(Resource resource, String resourceId, Permission... permissions) {
    }

    static final List<Grant> GRANTS = List.of(
            new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new Grant(Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
                    ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE),
            new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(Resources.DECISION_DEFINITION, ANY, Permissions.READ),
            new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Set<String> wanted = GRANTS.stream().map(g -> key(g.resource().resourceType(), g.resourceId()))
                .collect(Collectors.toSet());
        authorizations.createAuthorizationQuery().groupIdIn(CamundaPlatformAdmins.OPERATORS_GROUP).list().stream()
                .filter(a -> !wanted.contains(key(a.getResourceType(), a.getResourceId())))
                .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        GRANTS.forEach(grant -> grant(authorizations, grant));
    }

    private static void grant(AuthorizationService authorizations, Grant grant) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(CamundaPlatformAdmins.OPERATORS_GROUP).resourceType(grant.resource())
                .resourceId(grant.resourceId()).list().stream().findFirst().orElse(null);
        int wanted = Arrays.stream(grant.permissions()).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
        if (authorization != null && authorization.getAuthorizationType() != AUTH_TYPE_GRANT) {
            authorizations.deleteAuthorization(authorization.getId());
            authorization = null;
        }
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(CamundaPlatformAdmins.OPERATORS_GROUP);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (((AuthorizationEntity) authorization).getPermissions() == wanted) {
            return;
        }
        ((AuthorizationEntity) authorization).setPermissions(wanted);
        authorizations.saveAuthorization(authorization);
    }

    private static String key(int resourceType, String resourceId) {
        return resourceType + "/" + resourceId;
    }
}
