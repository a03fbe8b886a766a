package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.time.Instant;
import java.util.function.Supplier;

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
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.claim.ClaimFixture;
import org.uplift.subsidy.claim.ClaimStatus;
import org.uplift.subsidy.claim.SubsidyClaim;
import org.uplift.subsidy.claim.SubsidyClaims;
import org.uplift.subsidy.ledger.Budget;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.ledger.BudgetMovement;
import org.uplift.subsidy.ledger.MovementKind;
import org.uplift.validation.InputRejectedException;

/** The claim journey from a real application the application process registered, accepted as step 7 will. */
@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class SubsidyClaimProcessTest {

    static final long BUDGET = 100_000_000;
    static final long AMOUNT = 2_000_000;

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationWork applicationWork;
    @Autowired
    ClaimWork work;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    SubsidyClaims claims;
    @Autowired
    BudgetLedger ledger;
    @Autowired
    ApplicationContext context;

    ApplicationFixture f;
    String authority;
    String programme;
    TestSmes.Sme sme;
    String applicationId;
    ProcessInstance pi;

    @BeforeEach
    void aRegisteredApplication() {
        AbstractAssertions.init(engine);
        f = new ApplicationFixture(context);
        authority = f.authority();
        programme = f.openProgramme(authority, BUDGET);
        sme = f.sme();
        Engagement engagement = f.engagement(sme);
        applicationId = f.apply(sme, ApplicationFixture.form(engagement, programme)).getApplicationId();
        ProcessInstance application = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ApplicationProcess.KEY).processInstanceBusinessKey(applicationId).singleResult();
        execute(job(ApplicationProcess.CHECK_ELIGIBILITY, application));
        decide(Role.DISTRICT_OFFICER, "qian");
        decide(Role.REVIEWER, "wu");
        execute(job(ApplicationProcess.ROUTE_REVIEW, application));
        execute(job(ApplicationProcess.RESERVE_BUDGET, application));
        f.asOwner(sme, () -> applicationWork.acceptOffer(applicationId));
        assertThat(f.asOwner(sme, () -> applications.find(applicationId)).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.REGISTERED);
    }

    void decide(Role role, String user) {
        as(role, authority, user, () -> applicationWork.decide(
                applicationWork.review(applicationId).orElseThrow().taskId(), ReviewDecision.APPROVE, "同意", null));
    }

    void accepted(Instant at) {
        var kase = asProcess(authority, () -> applications.find(applicationId)).orElseThrow();
        context.publishEvent(new ApplicationAccepted(applicationId, authority, kase.getSmeTenantId(),
                kase.getProviderTenantId(), programme, 2, kase.getAmountFen(), at));
        pi = runtime.createProcessInstanceQuery().processDefinitionKey(ClaimProcess.KEY)
                .processInstanceBusinessKey(applicationId).singleResult();
    }

    <T> T asFinance(Supplier<T> work) {
        return as(Role.FINANCE_OFFICER, authority, "cai", work);
    }

    SubsidyClaim own() {
        return f.asOwner(sme, () -> claims.find(applicationId)).orElseThrow();
    }

    Budget budget() {
        return asProcess(authority, () -> ledger.figures(programme)).orElseThrow();
    }

    void filed() {
        accepted(Instant.now());
        f.asOwner(sme, () -> work.file(applicationId, ClaimFixture.filing()));
    }

    @Test
    void a_filed_claim_approved_by_finance_is_paid_from_the_reservation_and_closed() {
        accepted(Instant.now());
        accepted(Instant.now());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ClaimProcess.KEY)
                .processInstanceBusinessKey(applicationId).count()).isEqualTo(1);
        assertThat(pi.getTenantId()).isEqualTo(authority);
        assertThat(pi).isWaitingAt(ClaimProcess.FILE_CLAIM);
        assertThat(task(pi)).hasCandidateGroup(sme.tenantId() + ":ENTERPRISE_OWNER").hasFormKey("uplift:subsidy-claim");
        assertThat(f.quotes.asMember(sme, "member", () -> work.awaitsFiling(applicationId))).isFalse();
        f.asOwner(sme, () -> work.file(applicationId, ClaimFixture.filing()));

        assertThat(pi).isWaitingAt(ClaimProcess.FINANCE_APPROVAL);
        assertThat(task(pi)).hasCandidateGroup(authority + ":FINANCE_OFFICER");
        assertThat(as(Role.REVIEWER, authority, "wu", () -> work.approvals())).isEmpty();
        assertThat(as(Role.FINANCE_OFFICER, f.authority(), "x", () -> work.approvals())).isEmpty();
        String taskId = asFinance(() -> work.approval(applicationId)).orElseThrow().taskId();
        asFinance(() -> {
            work.claim(taskId);
            return null;
        });
        assertThatThrownBy(() -> as(Role.FINANCE_OFFICER, authority, "qin",
                () -> work.approve(applicationId, AMOUNT, ApplicationFixture.today(), "HZ-1")))
                .isInstanceOf(InputRejectedException.class);
        asFinance(() -> work.approve(applicationId, AMOUNT, ApplicationFixture.today(), "HZ-2026-0042"));

        execute(job(ClaimProcess.RECORD_DISBURSEMENT, pi));
        assertThat(pi).isEnded().hasPassed(ClaimProcess.PAID_END);
        assertThat(own().getStatus()).isEqualTo(ClaimStatus.PAID);
        assertThat(budget().getPaidFen()).isEqualTo(AMOUNT);
        assertThat(budget().getReservedFen()).isZero();
    }

    @Test
    void a_rejected_claim_releases_the_reservation() {
        filed();
        assertThatThrownBy(() -> asFinance(() -> work.reject(applicationId, " ")))
                .isInstanceOf(InputRejectedException.class);
        assertThat(pi).isWaitingAt(ClaimProcess.FINANCE_APPROVAL);
        asFinance(() -> work.reject(applicationId, "付款凭证与发票金额不符"));

        execute(job(ClaimProcess.RELEASE_RESERVATION, pi));
        assertThat(pi).isEnded().hasPassed(ClaimProcess.CLOSED_UNPAID_END);
        assertThat(own().getStatus()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(budget().getReservedFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET);
    }

    @Test
    void a_claim_not_filed_by_the_deadline_expires_and_the_reservation_is_released() {
        accepted(Instant.now());
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(own().getDeadline());

        execute(job(ClaimProcess.FILING_DEADLINE_PASSED, pi));
        execute(job(ClaimProcess.RELEASE_RESERVATION, pi));

        assertThat(pi).isEnded().hasPassed(ClaimProcess.CLOSED_UNPAID_END);
        assertThat(own().getStatus()).isEqualTo(ClaimStatus.EXPIRED);
        assertThat(budget().getReservedFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET);
    }

    @Test
    void a_manager_claws_back_a_paid_claim_and_the_ledger_shows_it() {
        filed();
        asFinance(() -> work.approve(applicationId, AMOUNT, ApplicationFixture.today(), "HZ-2026-0043"));
        execute(job(ClaimProcess.RECORD_DISBURSEMENT, pi));

        as(Role.PROGRAMME_MANAGER, authority, "zhou", () -> claims.clawBack(applicationId, "复核发现设备未投入使用"));

        assertThat(own().getStatus()).isEqualTo(ClaimStatus.CLAWED_BACK);
        assertThat(budget().getPaidFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET);
        assertThat(as(Role.PROGRAMME_MANAGER, authority, "zhou", () -> ledger.movements(programme)))
                .extracting(BudgetMovement::getKind)
                .containsExactly(MovementKind.RESERVE, MovementKind.PAY, MovementKind.CLAWBACK);
    }
}
