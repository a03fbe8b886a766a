package org.uplift.security.internal;

import org.uplift.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Principal;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.uplift.UpliftTest;
import org.uplift.assessment.Assessments;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.assessment.AssessmentProcess;

/**
 * A platform admin in Cockpit operates the engine (definitions, instance state, incidents, jobs) but cannot
 * read tenants' tasks or variables, nor grant itself more. Called through the engine API with the admin
 * authenticated exactly as the webapps authenticate it (our provider and filter, then the identity service).
 */
@UpliftTest
class CamundaOperatorAccessTest {

    static final String ADMIN = "admin@platform.demo";

    @Autowired
    ProcessEngine engine;
    @Autowired
    Assessments assessments;
    @Autowired
    ApplicationContext context;

    ProcessInstance journey;
    Task answering;

    @BeforeEach
    void anSmeIsAnsweringAnAssessmentAndItsJourneyHasAnIncident() {
        var sme = new TestSmes(context).register();
        String assessmentId = SignedIn.as(sme.owner(), () -> assessments.start())
                .getId();
        journey = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(assessmentId).singleResult();
        answering = engine.getTaskService().createTaskQuery().processInstanceId(journey.getId()).singleResult();
        engine.getRuntimeService().createIncident("operations-check", answering.getExecutionId(), "cfg", "looked at by ops");
    }

    @AfterEach
    void signOut() {
        engine.getIdentityService().clearAuthentication();
    }

    void signInAsTheWebappsDo() {
        var request = new MockHttpServletRequest();
        Principal admin = () -> ADMIN;
        request.setUserPrincipal(admin);
        var result = new CamundaPlatformAdmins().extractAuthenticatedUser(request, engine);
        var authentication = new CamundaPlatformAdmins.Filter().createAuthentication(engine,
                result.getAuthenticatedUser(), result.getGroups(), result.getTenants());
        assertThat(authentication.getGroupIds()).doesNotContain("camunda-admin");
        assertThat(authentication.getAuthorizedApps()).contains("cockpit").doesNotContain("tasklist", "admin");
        engine.getIdentityService().setAuthentication(authentication.getIdentityId(), authentication.getGroupIds(),
                authentication.getTenantIds());
    }

    @Test
    void a_platform_admin_sees_definitions_instances_incidents_and_jobs_of_every_tenant() {
        signInAsTheWebappsDo();

        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(AssessmentProcess.KEY).list()).isNotEmpty();
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isPositive();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(journey.getId())
                .singleResult()).isNotNull();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(journey.getId()).list())
                .extracting(Incident::getIncidentMessage).containsExactly("looked at by ops");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(journey.getId()).list())
                .as("the idle-draft reminder timer").isNotEmpty();
    }

    @Test
    void a_platform_admin_reads_no_task_and_no_variable_of_a_tenant() {
        signInAsTheWebappsDo();

        assertThatThrownBy(() -> engine.getRuntimeService().getVariables(journey.getId()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> engine.getTaskService().getVariables(answering.getId()))
                .isInstanceOf(AuthorizationException.class);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(journey.getId()).list()).isEmpty();
        assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(journey.getId())
                .list()).isEmpty();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(journey.getId()).list()).isEmpty();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(journey.getId()).list()).isEmpty();
    }

    @Test
    void a_platform_admin_cannot_grant_itself_more() {
        signInAsTheWebappsDo();
        var authorizations = engine.getAuthorizationService();

        assertThatThrownBy(() -> {
            Authorization more = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            more.setGroupId(CamundaPlatformAdmins.OPERATORS_GROUP);
            more.setResource(Resources.PROCESS_DEFINITION);
            more.setResourceId(Authorization.ANY);
            more.addPermission(Permissions.ALL);
            authorizations.saveAuthorization(more);
        }).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void the_platforms_own_calls_carry_no_engine_user_and_still_read_everything() {
        assertThat(engine.getIdentityService().getCurrentAuthentication()).isNull();

        assertThat(engine.getRuntimeService().getVariables(journey.getId()))
                .containsEntry(AssessmentProcess.TENANT_ID, journey.getTenantId());
        assertThat(engine.getTaskService().getVariables(answering.getId())).isNotEmpty();
    }
}
