package org.uplift.workflows.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.math.BigDecimal;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.Assessments;
import org.uplift.identity.TestActors;
import org.uplift.notification.Notifications;
import org.uplift.organisation.CompanyProfileForm;
import org.uplift.organisation.CompanyProfiles;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.workflows.inbox.Inbox;

@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class EnterpriseOnboardingProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Organisations organisations;
    @Autowired
    CompanyProfiles profiles;
    @Autowired
    Notifications notifications;
    @Autowired
    Inbox inbox;
    @Autowired
    Onboarding onboardingService;
    @Autowired
    Assessments assessments;

    @Autowired
    org.springframework.context.ApplicationContext context;

    Organisation sme;
    String ownerId;

    @BeforeEach
    void anSmeRegisters() {
        AbstractAssertions.init(engine);
        var registered = new TestSmes(context).register();
        sme = organisations.find(registered.tenantId()).orElseThrow();
        ownerId = registered.owner().userId();
    }

    ProcessInstance onboarding() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(sme.getId()).singleResult();
    }

    @Test
    void registration_starts_onboarding_in_the_smes_tenant_waiting_for_the_profile() {
        ProcessInstance pi = onboarding();
        assertThat(pi).isStarted().isWaitingAt(OnboardingProcess.COMPLETE_PROFILE);
        assertThat(pi.getTenantId()).isEqualTo(sme.getId());
        assertThat(task(pi)).hasCandidateGroup(sme.getId() + ":ENTERPRISE_OWNER");
    }

    @Test
    void saving_the_profile_moves_on_to_the_first_assessment() {
        ProcessInstance pi = onboarding();
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> profiles.save(
                new CompanyProfileForm("C34", "330110", 80, new BigDecimal("5200"), "液压阀"))));

        assertThat(pi).hasPassed(OnboardingProcess.COMPLETE_PROFILE).isWaitingAt(OnboardingProcess.START_FIRST_ASSESSMENT);
        var open = TenantContext.callAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> inbox.openTasks()));
        assertThat(open).extracting(w -> w.definitionKey()).containsExactly(OnboardingProcess.START_FIRST_ASSESSMENT);
    }

    @Test
    void starting_the_first_assessment_completes_onboarding() {
        ProcessInstance pi = onboarding();
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> profiles.save(
                new CompanyProfileForm("C34", "330110", 80, new BigDecimal("5200"), "液压阀"))));

        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> assessments.start()));

        assertThat(pi).hasPassed(OnboardingProcess.START_FIRST_ASSESSMENT).isEnded();
    }

    @Test
    void an_untouched_profile_reminds_the_owner_in_the_smes_tenant_and_keeps_waiting() {
        ProcessInstance pi = onboarding();
        assertThat(pi).isWaitingAt(OnboardingProcess.COMPLETE_PROFILE);
        assertThat(job(OnboardingProcess.PROFILE_IDLE_TIMER, pi)).isNotNull();

        execute(job(OnboardingProcess.PROFILE_IDLE_TIMER, pi));

        assertThat(pi).hasPassed("remindOwnerOfProfile").isWaitingAt(OnboardingProcess.COMPLETE_PROFILE);
        var reminders = TenantContext.callAs(sme.getId(), () -> notifications.recent(ownerId, 10));
        assertThat(reminders).extracting(n -> n.getMessageKey()).contains("notification.profileReminder");
        assertThat(reminders).allSatisfy(n -> assertThat(n.getTenantId()).isEqualTo(sme.getId()));
    }

    @Test
    void another_tenant_sees_none_of_the_smes_tasks() {
        String otherTenant = "tenant-other-" + UUID.randomUUID();
        var seen = TenantContext.callAs(otherTenant, () -> TestActors.asOwner(ownerId, () -> inbox.openTasks()));
        assertThat(seen).isEmpty();
    }

    @Test
    void onboarding_starts_once_per_sme() {
        assertThat(onboardingService.start(sme.getId(), ownerId, sme.getName())).isFalse();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(sme.getId()).count()).isEqualTo(1);
    }
}
