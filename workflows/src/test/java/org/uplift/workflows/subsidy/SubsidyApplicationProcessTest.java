package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

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
import org.uplift.subsidy.TestProgrammes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationForm;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.subsidy.programme.ProgrammeTerms;
import org.uplift.validation.InputRejectedException;

@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class SubsidyApplicationProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationWork work;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    BudgetLedger ledger;
    @Autowired
    ApplicationContext context;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    Engagement engagement;
    String applicationId;
    ProcessInstance pi;

    @BeforeEach
    void anSmeWithAnEngagement() {
        AbstractAssertions.init(engine);
        f = new ApplicationFixture(context);
        authority = f.authority();
        sme = f.sme();
        engagement = f.engagement(sme);
    }

    void applyTo(String programme, ApplicationForm form) {
        applicationId = f.apply(sme, form).getApplicationId();
        pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(applicationId).singleResult();
        execute(job(ApplicationProcess.CHECK_ELIGIBILITY, pi));
    }

    void applied(long budgetFen) {
        String programme = f.openProgramme(authority, budgetFen);
        applyTo(programme, ApplicationFixture.form(engagement, programme));
    }

    <T> T asA(Role role, String user, Supplier<T> action) {
        return as(role, authority, user, action);
    }

    String taskOf(Role role, String user) {
        return asA(role, user, () -> work.review(applicationId)).orElseThrow().taskId();
    }

    SubsidyApplication decide(Role role, String user, ReviewDecision decision, String text) {
        return asA(role, user, () -> work.decide(taskOf(role, user), decision, text, null));
    }

    SubsidyApplication own() {
        return f.asOwner(sme, () -> applications.find(applicationId)).orElseThrow();
    }

    void toExpertReview() {
        decide(Role.DISTRICT_OFFICER, "qian", ReviewDecision.APPROVE, "符合区县推荐条件");
    }

    @Test
    void an_eligible_application_is_recommended_approved_reserved_offered_and_registered_when_the_owner_accepts() {
        applied(100_000_000);
        assertThat(pi.getTenantId()).isEqualTo(authority);
        assertThat(pi).isWaitingAt(ApplicationProcess.DISTRICT_RECOMMENDATION);
        assertThat(task(pi)).hasCandidateGroup(authority + ":DISTRICT_OFFICER")
                .hasCandidateGroup(authority + ":PROGRAMME_MANAGER").hasFormKey("uplift:subsidy-review");
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.DISTRICT_REVIEW);
        assertThat(own().getAmountFen()).isEqualTo(2_000_000);
        assertThat(asA(Role.REVIEWER, "wu", () -> work.reviews())).isEmpty();
        assertThat(as(Role.DISTRICT_OFFICER, f.authority(), "x", () -> work.reviews())).isEmpty();

        String taskId = taskOf(Role.DISTRICT_OFFICER, "qian");
        asA(Role.DISTRICT_OFFICER, "qian", () -> {
            work.claim(taskId);
            return null;
        });
        assertThat(task(pi)).isAssignedTo("qian");
        assertThatThrownBy(() -> asA(Role.PROGRAMME_MANAGER, "zhou",
                () -> work.decide(taskId, ReviewDecision.APPROVE, null, null)))
                .isInstanceOf(InputRejectedException.class);
        toExpertReview();

        assertThat(pi).isWaitingAt(ApplicationProcess.EXPERT_REVIEW);
        assertThat(task(pi)).hasCandidateGroup(authority + ":REVIEWER");
        decide(Role.REVIEWER, "wu", ReviewDecision.APPROVE, "方案合理");
        execute(job(ApplicationProcess.ROUTE_REVIEW, pi));
        execute(job(ApplicationProcess.RESERVE_BUDGET, pi));

        assertThat(pi).isWaitingAt(ApplicationProcess.ACCEPT_OFFER);
        assertThat(task(pi)).hasCandidateGroup(sme.tenantId() + ":ENTERPRISE_OWNER");
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(asProcess(authority, () -> ledger.figures(own().getProgrammeId())).orElseThrow().getReservedFen())
                .isEqualTo(2_000_000);
        assertThat(f.quotes.asMember(sme, "member", () -> work.awaitsAcceptance(applicationId))).isFalse();
        f.asOwner(sme, () -> work.acceptOffer(applicationId));

        assertThat(pi).isWaitingAt(ApplicationProcess.REQUEST_ACCEPTANCE);
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
    }

    @Test
    void an_ineligible_application_is_closed_with_the_reasons_shown_to_the_applicant() {
        ProgrammeTerms t = TestProgrammes.pilot(100_000_000);
        ProgrammeTerms elsewhere = new ProgrammeTerms(t.name(), t.nameEn(), t.budgetFen(), t.windows(), t.industries(),
                java.util.Set.of("330106"), t.categories(), t.ratePercent(), t.caps(), t.minimumLevel(),
                t.implementationMonths(), t.secondReviewThresholdFen(), t.excludeAlreadyFunded(),
                t.excludeDishonest());
        String programme = f.openProgramme(authority, elsewhere);
        applyTo(programme, ApplicationFixture.form(engagement, programme));

        assertThat(pi).isEnded().hasPassed(ApplicationProcess.INELIGIBLE_END);
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(own().getEligibilityReasons()).containsExactly("DISTRICT_NOT_ELIGIBLE");
    }

    @Test
    void the_answer_to_a_request_for_information_returns_the_case_to_the_same_reviewer() {
        applied(100_000_000);
        toExpertReview();
        decide(Role.REVIEWER, "wu", ReviewDecision.MORE_INFORMATION, "请补充合同");

        assertThat(pi).isWaitingAt(ApplicationProcess.PROVIDE_INFORMATION);
        assertThat(task(pi)).hasCandidateGroup(sme.tenantId() + ":ENTERPRISE_OWNER");
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(own().getInformation().deadline());
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        f.quotes.asMember(sme, "member", () -> work.answer(applicationId, "合同已上传"));

        assertThat(pi).isWaitingAt(ApplicationProcess.EXPERT_REVIEW);
        assertThat(task(pi)).isAssignedTo("wu");
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.EXPERT_REVIEW);
    }

    @Test
    void no_answer_by_the_deadline_withdraws_the_application() {
        applied(100_000_000);
        toExpertReview();
        decide(Role.REVIEWER, "wu", ReviewDecision.MORE_INFORMATION, "请补充合同");

        execute(job(ApplicationProcess.INFORMATION_DEADLINE_PASSED, pi));

        assertThat(pi).isEnded().hasPassed(ApplicationProcess.WITHDRAWN_END);
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(f.quotes.asMember(sme, "member", () -> work.awaitsAnswer(applicationId))).isFalse();
    }

    @Test
    void above_the_threshold_a_senior_reviewer_must_also_approve_and_never_the_same_person() {
        String programme = f.openProgramme(authority, 100_000_000);
        applyTo(programme, ApplicationFixture.large(engagement, programme));
        toExpertReview();
        decide(Role.SENIOR_REVIEWER, "zheng", ReviewDecision.APPROVE, "同意");
        execute(job(ApplicationProcess.ROUTE_REVIEW, pi));

        assertThat(pi).isWaitingAt(ApplicationProcess.SENIOR_REVIEW);
        assertThat(own().getSeniorReviewReasons()).containsExactly("AMOUNT_OVER_THRESHOLD");
        assertThatThrownBy(() -> decide(Role.SENIOR_REVIEWER, "zheng", ReviewDecision.APPROVE, "同意"))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations().get(0)
                        .messageKey()).isEqualTo(SubsidyApplications.FOUR_EYES));
        assertThat(pi).isWaitingAt(ApplicationProcess.SENIOR_REVIEW);

        decide(Role.PROGRAMME_MANAGER, "zhou", ReviewDecision.APPROVE, "同意");
        execute(job(ApplicationProcess.RESERVE_BUDGET, pi));
        assertThat(pi).isWaitingAt(ApplicationProcess.ACCEPT_OFFER);
        assertThat(own().getAmountFen()).isEqualTo(40_000_000);
    }

    @Test
    void an_approval_the_budget_cannot_cover_goes_back_to_the_reviewer_as_budget_exhausted() {
        applied(1_000_000);
        toExpertReview();
        decide(Role.REVIEWER, "wu", ReviewDecision.APPROVE, "同意");
        execute(job(ApplicationProcess.ROUTE_REVIEW, pi));
        execute(job(ApplicationProcess.RESERVE_BUDGET, pi));

        assertThat(pi).isWaitingAt(ApplicationProcess.EXPERT_REVIEW);
        assertThat(task(pi)).isAssignedTo("wu");
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.BUDGET_EXHAUSTED);
        assertThat(own().getHistory().get(own().getHistory().size() - 1).note()).isEqualTo("1000000");
        decide(Role.REVIEWER, "wu", ReviewDecision.REJECT, "预算已用完");
        assertThat(pi).isEnded().hasPassed(ApplicationProcess.REJECTED_END);
    }
}
