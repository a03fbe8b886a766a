package org.uplift.workflows.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.uplift.marketplace.admission.AdmissionFixture.as;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.Role;
import org.uplift.marketplace.admission.AdmissionFixture;
import org.uplift.marketplace.admission.ApplicationStatus;
import org.uplift.marketplace.admission.PoolApplication;
import org.uplift.marketplace.admission.PoolApplications;
import org.uplift.marketplace.admission.Sanction;
import org.uplift.marketplace.admission.SanctionKind;
import org.uplift.marketplace.pool.PoolStatus;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;

@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class ProviderAdmissionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    PoolApplications applications;
    @Autowired
    AdmissionWork work;
    @Autowired
    ProviderPool pool;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationContext context;

    AdmissionFixture fixture;
    String authority;
    Provider provider;
    PoolApplication application;
    ProcessInstance pi;

    @BeforeEach
    void aProviderApplies() {
        AbstractAssertions.init(engine);
        fixture = new AdmissionFixture(context);
        authority = fixture.authority();
        provider = fixture.provider();
        application = fixture.submit(provider, authority);
        pi = runtime.createProcessInstanceQuery().processDefinitionKey(AdmissionProcess.KEY)
                .processInstanceBusinessKey(application.getId()).singleResult();
        execute(job(AdmissionProcess.MARK_APPLIED, pi));
    }

    <T> T asReviewer(java.util.function.Supplier<T> work) {
        return as(Role.REVIEWER, authority, "reviewer", work);
    }

    String reviewTask() {
        return asReviewer(() -> work.review(application.getId())).orElseThrow().taskId();
    }

    PoolApplication decide(ReviewOutcome outcome, String text) {
        return asReviewer(() -> work.decide(reviewTask(), outcome, text, null));
    }

    PoolApplication reload() {
        return AdmissionFixture.asProcess(authority, () -> applications.find(application.getId()).orElseThrow());
    }

    List<String> providerNotifications() {
        return TenantContext.callAs(provider.tenantId(), () -> notifications.recent(provider.admin().userId(), 20))
                .stream().map(Notification::getMessageKey).toList();
    }

    List<String> reviewerNotifications() {
        return TenantContext.callAs(authority, () -> notifications.recent("reviewer", 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    void approveAndOpenNotice() {
        decide(ReviewOutcome.APPROVE, "资质齐全");
        execute(job(AdmissionProcess.OPEN_NOTICE, pi));
    }

    void admit() {
        approveAndOpenNotice();
        execute(job(AdmissionProcess.NOTICE_PASSED, pi));
    }

    @Test
    void a_submitted_application_waits_for_a_claimable_expert_review_of_its_own_authority() {
        assertThat(pi.getTenantId()).isEqualTo(authority);
        assertThat(pi).isWaitingAt(AdmissionProcess.EXPERT_REVIEW).variables()
                .containsEntry(AdmissionProcess.NOTICE_PERIOD, java.time.Duration.ofDays(7).toString());
        assertThat(task(pi)).hasCandidateGroup(authority + ":REVIEWER").hasCandidateGroup(authority + ":SENIOR_REVIEWER")
                .hasFormKey("uplift:admission-review");
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.APPLIED);

        String other = fixture.authority();
        assertThat(as(Role.REVIEWER, other, "r", () -> work.reviews())).isEmpty();
        String taskId = reviewTask();
        assertThatThrownBy(() -> as(Role.REVIEWER, other, "r", () -> {
            work.claim(taskId);
            return null;
        })).isInstanceOf(InputRejectedException.class);
        asReviewer(() -> {
            work.claim(taskId);
            return null;
        });
        assertThat(task(pi)).isAssignedTo("reviewer");
        assertThatThrownBy(() -> as(Role.SENIOR_REVIEWER, authority, "other-reviewer",
                () -> work.decide(taskId, ReviewOutcome.APPROVE, null, null)))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).violations().get(0).messageKey())
                        .isEqualTo(AdmissionWork.CLAIMED_BY_OTHER));
    }

    @Test
    void approved_and_the_notice_passed_without_objection_the_provider_is_admitted() {
        approveAndOpenNotice();
        assertThat(pi).isWaitingAt(AdmissionProcess.PUBLIC_NOTICE);
        assertThat(reload().getStatus()).isEqualTo(ApplicationStatus.IN_NOTICE);
        assertThat(as(Role.ENTERPRISE_MEMBER, provider.tenantId(), "someone", () -> work.notices()))
                .anyMatch(n -> n.applicationId().equals(application.getId()));

        execute(job(AdmissionProcess.NOTICE_PASSED, pi));

        assertThat(pi).isEnded().hasPassed(AdmissionProcess.ADMIT, AdmissionProcess.ADMITTED);
        assertThat(pool.isAdmitted(provider.tenantId())).isTrue();
        assertThat(reload().getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(providerNotifications()).contains("admission.notification.noticeOpened",
                "admission.notification.admitted");
        assertThat(reviewerNotifications()).contains("admission.notification.admitted");
    }

    @Test
    void rejected_with_a_reason_the_provider_is_told_and_stands_rejected() {
        assertThatThrownBy(() -> decide(ReviewOutcome.REJECT, " "))
                .isInstanceOf(InputRejectedException.class)
                .satisfies(e -> assertThat(((InputRejectedException) e).violations().get(0).field()).isEqualTo("reason"));
        assertThat(pi).isWaitingAt(AdmissionProcess.EXPERT_REVIEW);

        decide(ReviewOutcome.REJECT, "缺少软件企业证书");
        execute(job(AdmissionProcess.RECORD_REJECTION, pi));

        assertThat(pi).isEnded().hasPassed(AdmissionProcess.REJECTED);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.REJECTED);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getReason()).isEqualTo("缺少软件企业证书");
        assertThat(providerNotifications()).contains("admission.notification.rejected");
    }

    @Test
    void information_requested_and_answered_the_case_goes_back_to_review() {
        decide(ReviewOutcome.MORE_INFORMATION, "请补充近三年社保缴纳证明");
        execute(job(AdmissionProcess.ANNOUNCE_INFORMATION_REQUEST, pi));
        assertThat(pi).isWaitingAt(AdmissionProcess.PROVIDE_INFORMATION);
        assertThat(task(pi)).hasCandidateGroup(provider.tenantId() + ":PROVIDER_ADMIN");
        assertThat(providerNotifications()).contains("admission.notification.informationRequested");

        fixture.asAdmin(provider, () -> work.answer(application.getId(), "已上传社保缴纳证明"));

        assertThat(pi).isWaitingAt(AdmissionProcess.EXPERT_REVIEW);
        assertThat(reload().getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(reload().getInformationAnswer()).isEqualTo("已上传社保缴纳证明");
    }

    @Test
    void information_requested_and_the_deadline_passed_the_application_lapses() {
        decide(ReviewOutcome.MORE_INFORMATION, "请补充近三年社保缴纳证明");
        execute(job(AdmissionProcess.ANNOUNCE_INFORMATION_REQUEST, pi));

        execute(job(AdmissionProcess.INFORMATION_DEADLINE_PASSED, pi));

        assertThat(pi).isEnded().hasPassed(AdmissionProcess.LAPSE, AdmissionProcess.LAPSED);
        assertThat(reload().getStatus()).isEqualTo(ApplicationStatus.LAPSED);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.REJECTED);
        assertThat(providerNotifications()).contains("admission.notification.lapsed");
        assertThat(reviewerNotifications()).contains("admission.notification.lapsed");
    }

    @Test
    void an_objection_during_the_notice_sends_the_case_back_to_review() {
        approveAndOpenNotice();
        Provider competitor = fixture.provider();

        as(Role.PROVIDER_CONSULTANT, competitor.tenantId(), "c", () -> applications.object(application.getId(),
                "该公司参考项目与事实不符"));
        execute(job(AdmissionProcess.REOPEN_REVIEW, pi));

        assertThat(pi).isWaitingAt(AdmissionProcess.EXPERT_REVIEW).hasNotPassed(AdmissionProcess.ADMIT);
        assertThat(reload().getStatus()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(pool.isAdmitted(provider.tenantId())).isFalse();
        assertThat(providerNotifications()).contains("admission.notification.objected");
    }

    ProcessInstance sanction(SanctionKind kind) {
        Sanction sanction = as(Role.PROGRAMME_MANAGER, authority, "pm",
                () -> applications.sanction(application.getId(), kind, "交付严重逾期"));
        return runtime.createProcessInstanceQuery().processDefinitionKey(AdmissionProcess.SANCTION_KEY)
                .processInstanceBusinessKey(sanction.id()).singleResult();
    }

    void appealAndDecide(ProcessInstance sanction, boolean granted) {
        assertThat(sanction).isWaitingAt(AdmissionProcess.LODGE_APPEAL);
        fixture.asAdmin(provider, () -> work.appeal(application.getId(), sanction.getBusinessKey(), "逾期系客户变更需求"));
        assertThat(sanction).isWaitingAt(AdmissionProcess.REVIEW_APPEAL);
        assertThatThrownBy(() -> fixture.asAdmin(provider,
                () -> work.appeal(application.getId(), sanction.getBusinessKey(), "再申诉一次")))
                .isInstanceOf(InputRejectedException.class);
        String taskId = as(Role.PROGRAMME_MANAGER, authority, "pm", () -> work.appeals()).stream()
                .filter(t -> t.sanctionId().equals(sanction.getBusinessKey())).findFirst().orElseThrow().taskId();
        as(Role.PROGRAMME_MANAGER, authority, "pm", () -> work.decideAppeal(taskId, granted, "核实后决定"));
        execute(job(granted ? AdmissionProcess.LIFT_SANCTION : AdmissionProcess.CONFIRM_SANCTION, sanction));
    }

    @Test
    void suspended_then_appealed_and_granted_the_provider_is_reinstated() {
        admit();
        ProcessInstance sanction = sanction(SanctionKind.SUSPEND);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.SUSPENDED);

        appealAndDecide(sanction, true);

        assertThat(sanction).isEnded().hasPassed(AdmissionProcess.REINSTATED);
        assertThat(pool.isAdmitted(provider.tenantId())).isTrue();
        assertThat(providerNotifications()).contains("admission.notification.sanctioned.SUSPEND",
                "admission.notification.appealGranted");
    }

    @Test
    void suspended_then_appealed_and_refused_the_suspension_stands() {
        admit();
        ProcessInstance sanction = sanction(SanctionKind.SUSPEND);

        appealAndDecide(sanction, false);

        assertThat(sanction).isEnded().hasPassed(AdmissionProcess.APPEAL_REFUSED);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.SUSPENDED);
        assertThat(providerNotifications()).contains("admission.notification.appealRefused");
    }

    @Test
    void a_removal_not_appealed_in_time_becomes_final() {
        admit();
        ProcessInstance sanction = sanction(SanctionKind.REMOVE);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.SUSPENDED);

        execute(job(AdmissionProcess.APPEAL_WINDOW_PASSED, sanction));

        assertThat(sanction).isEnded().hasPassed(AdmissionProcess.SANCTION_STANDS);
        assertThat(pool.standing(provider.tenantId()).orElseThrow().getStatus()).isEqualTo(PoolStatus.REMOVED);
    }
}
