package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.uplift.subsidy.application.ApplicationFixture.as;
import static org.uplift.subsidy.application.ApplicationFixture.asProcess;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagement;
import org.uplift.marketplace.solution.CostCategory;
import org.uplift.marketplace.solution.CostLine;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationAccepted;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.subsidy.application.ApplicationStatus;
import org.uplift.subsidy.application.EvaluationForm;
import org.uplift.subsidy.application.ExtensionRequest;
import org.uplift.subsidy.application.ImplementationDeadlines;
import org.uplift.subsidy.application.OnSiteAcceptance;
import org.uplift.subsidy.application.SubsidyApplication;
import org.uplift.subsidy.application.SubsidyApplications;
import org.uplift.subsidy.ledger.Budget;
import org.uplift.subsidy.ledger.BudgetLedger;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;

/** Steps 6 and 7 of the journey: the implementation time box and the on-site acceptance, from a registered offer. */
@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
@RecordApplicationEvents
class ImplementationAndAcceptanceProcessTest {

    static final long BUDGET = 100_000_000;
    static final List<String> ALL_CHECKED = List.of("deliverables", "contract", "invoices", "running", "training");

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    ApplicationWork work;
    @Autowired
    AcceptanceWork acceptance;
    @Autowired
    SubsidyApplications applications;
    @Autowired
    BudgetLedger ledger;
    @Autowired
    Notifications notifications;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    ApplicationFixture f;
    String authority;
    TestSmes.Sme sme;
    String programme;
    String applicationId;
    ProcessInstance pi;

    @BeforeEach
    void aRegisteredApplication() {
        AbstractAssertions.init(engine);
        f = new ApplicationFixture(context);
        authority = f.authority();
        sme = f.sme();
        Engagement engagement = f.engagement(sme);
        programme = f.openProgramme(authority, BUDGET);
        applicationId = f.apply(sme, ApplicationFixture.form(engagement, programme)).getApplicationId();
        pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(applicationId).singleResult();
        execute(job(ApplicationProcess.CHECK_ELIGIBILITY, pi));
        decide(Role.DISTRICT_OFFICER, "qian");
        decide(Role.REVIEWER, "wu");
        execute(job(ApplicationProcess.ROUTE_REVIEW, pi));
        execute(job(ApplicationProcess.RESERVE_BUDGET, pi));
        f.asOwner(sme, () -> work.acceptOffer(applicationId));
    }

    void decide(Role role, String user) {
        as(role, authority, user, () -> work.decide(work.review(applicationId).orElseThrow().taskId(),
                ReviewDecision.APPROVE, "同意", null));
    }

    <T> T asA(Role role, String user, Supplier<T> action) {
        return as(role, authority, user, action);
    }

    SubsidyApplication own() {
        return f.asOwner(sme, () -> applications.find(applicationId)).orElseThrow();
    }

    Budget budget() {
        return asProcess(authority, () -> ledger.figures(programme)).orElseThrow();
    }

    Instant dueOf(String timer) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult().getDuedate()
                .toInstant();
    }

    String taskOf(Role role, String user, String kind) {
        return asA(role, user, () -> work.reviews()).stream()
                .filter(t -> t.applicationId().equals(applicationId) && t.stage().equals(kind)).findFirst()
                .orElseThrow().taskId();
    }

    void requestAcceptance(int t1Level, List<CostLine> actual) {
        String t1 = f.t1(sme, t1Level);
        f.asOwner(sme, () -> acceptance.requestAcceptance(applicationId, t1, actual));
    }

    void evaluate(int level, String correction) {
        String taskId = taskOf(Role.EVALUATOR, "sun", "EVALUATION");
        asA(Role.EVALUATOR, "sun", () -> acceptance.evaluate(taskId,
                new EvaluationForm(level, correction, ALL_CHECKED, 4)));
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InputRejectedException.class,
                e -> assertThat(e.violations()).anyMatch(v -> v.messageKey().equals(key)));
    }

    @Test
    void registration_starts_the_time_box_at_the_end_of_the_day_the_programme_months_later() {
        SubsidyApplication registered = own();
        LocalDate registeredOn = LocalDate.now(ApplicationFixture.ZONE);
        assertThat(registered.getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
        assertThat(registered.getImplementation().deadlineDate()).isEqualTo(registeredOn.plusMonths(6));
        assertThat(registered.getImplementation().deadline())
                .isEqualTo(registeredOn.plusMonths(6).plusDays(1).atStartOfDay(ApplicationFixture.ZONE).toInstant());
        assertThat(pi).isWaitingAt(ApplicationProcess.REQUEST_ACCEPTANCE);
        assertThat(task(pi)).hasCandidateGroup(sme.tenantId() + ":ENTERPRISE_OWNER")
                .hasFormKey("uplift:subsidy-acceptance-request");
        assertThat(dueOf(ApplicationProcess.DEADLINE_PASSED)).isEqualTo(registered.getImplementation().deadline());
        assertThat(dueOf(ApplicationProcess.DEADLINE_APPROACHING))
                .isEqualTo(registered.getImplementation().deadline().minus(Duration.ofDays(30)));
    }

    @Test
    void before_the_deadline_the_owner_is_warned_and_implementation_goes_on() {
        execute(job(ApplicationProcess.DEADLINE_APPROACHING, pi));

        assertThat(pi).isWaitingAt(ApplicationProcess.REQUEST_ACCEPTANCE).hasPassed(ApplicationProcess.WARNED_END);
        assertThat(own().getImplementation().warnedAt()).isNotNull();
        assertThat(TenantContext.callAs(sme.tenantId(), () -> notifications.recent(sme.owner().userId(), 10)))
                .anyMatch(n -> n.getMessageKey().equals(ImplementationDeadlines.WARNING));
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.REGISTERED);
    }

    @Test
    void at_the_deadline_without_an_acceptance_request_the_application_expires_and_its_reservation_is_released() {
        assertThat(budget().getReservedFen()).isEqualTo(2_000_000);

        execute(job(ApplicationProcess.DEADLINE_PASSED, pi));
        execute(job(ApplicationProcess.EXPIRE, pi));

        assertThat(pi).isEnded().hasPassed(ApplicationProcess.EXPIRED_END);
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(own().getReleasedFen()).isEqualTo(2_000_000);
        assertThat(budget().getReservedFen()).isZero();
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET);
        assertThat(f.asOwner(sme, () -> acceptance.implementing(applicationId))).isFalse();
    }

    @Test
    void an_approved_extension_moves_the_deadline_and_both_timers_and_only_one_may_be_asked() {
        LocalDate until = own().getImplementation().deadlineDate().plusMonths(2);
        assertRefused(() -> f.quotes.asMember(sme, "member",
                () -> acceptance.requestExtension(applicationId, until, "设备到货延迟")),
                ImplementationDeadlines.OWNER_REQUESTS);
        assertRefused(() -> f.asOwner(sme, () -> acceptance.requestExtension(applicationId, until, " ")), "validation.required");
        assertRefused(() -> f.asOwner(sme, () -> acceptance.requestExtension(applicationId, until.plusMonths(5), "设备到货延迟")),
                ImplementationDeadlines.EXTENSION_RANGE);
        f.asOwner(sme, () -> acceptance.requestExtension(applicationId, until, "设备到货延迟"));

        assertThat(pi).isWaitingAt(ApplicationProcess.REQUEST_ACCEPTANCE, ApplicationProcess.EXTENSION_DECISION);
        assertThat(taskQuery().taskDefinitionKey(ApplicationProcess.EXTENSION_DECISION).singleResult())
                .hasCandidateGroup(authority + ":REVIEWER");
        assertRefused(() -> f.asOwner(sme, () -> acceptance.requestExtension(applicationId, until, "再延期")),
                ImplementationDeadlines.ONE_EXTENSION);
        String taskId = taskOf(Role.REVIEWER, "wu", "EXTENSION");
        assertRefused(() -> asA(Role.EVALUATOR, "sun", () -> acceptance.decideExtension(taskId, true, null)),
                ApplicationWork.TASK_UNKNOWN);
        asA(Role.REVIEWER, "wu", () -> acceptance.decideExtension(taskId, true, null));

        Instant moved = until.plusDays(1).atStartOfDay(ApplicationFixture.ZONE).toInstant();
        assertThat(own().getImplementation().deadlineDate()).isEqualTo(until);
        assertThat(own().getExtension().outcome()).isEqualTo(ExtensionRequest.Outcome.APPROVED);
        assertThat(dueOf(ApplicationProcess.DEADLINE_PASSED)).isEqualTo(moved);
        assertThat(dueOf(ApplicationProcess.DEADLINE_APPROACHING)).isEqualTo(moved.minus(Duration.ofDays(30)));
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(moved);
        assertThat(pi).isWaitingAt(ApplicationProcess.REQUEST_ACCEPTANCE);
    }

    @Test
    void a_rejected_extension_keeps_the_deadline_and_needs_a_reason() {
        SubsidyApplication before = own();
        LocalDate until = before.getImplementation().deadlineDate().plusMonths(1);
        f.asOwner(sme, () -> acceptance.requestExtension(applicationId, until, "设备到货延迟"));
        String taskId = taskOf(Role.REVIEWER, "wu", "EXTENSION");
        assertRefused(() -> asA(Role.REVIEWER, "wu", () -> acceptance.decideExtension(taskId, false, "")),
                SubsidyApplications.REASON_REQUIRED);

        asA(Role.REVIEWER, "wu", () -> acceptance.decideExtension(taskId, false, "延期理由不充分"));

        assertThat(own().getExtension().outcome()).isEqualTo(ExtensionRequest.Outcome.REJECTED);
        assertThat(own().getExtension().decisionReason()).isEqualTo("延期理由不充分");
        assertThat(own().getImplementation().deadline()).isEqualTo(before.getImplementation().deadline());
        assertThat(dueOf(ApplicationProcess.DEADLINE_PASSED)).isEqualTo(before.getImplementation().deadline());
        assertThat(pi).isWaitingAt(ApplicationProcess.REQUEST_ACCEPTANCE);
    }

    @Test
    void a_confirmed_level_below_the_programme_minimum_fails_the_acceptance_and_releases_the_reservation() {
        requestAcceptance(2, List.of(new CostLine(CostCategory.SOFTWARE, 5_000_000, "MES 软件订阅一年")));
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.ACCEPTANCE_REQUESTED);
        assertThat(pi).isWaitingAt(ApplicationProcess.ON_SITE_EVALUATION);
        assertThat(task(pi)).hasCandidateGroup(authority + ":EVALUATOR").hasFormKey("uplift:subsidy-evaluation");
        assertRefused(() -> evaluate(1, null), OnSiteAcceptance.CORRECTION_REASON);

        evaluate(1, "现场核查：数据采集未覆盖主要产线");
        execute(job(ApplicationProcess.SETTLE_ACCEPTANCE, pi));

        assertThat(pi).isEnded().hasPassed(ApplicationProcess.ACCEPTANCE_FAILED_END);
        assertThat(own().getStatus()).isEqualTo(ApplicationStatus.ACCEPTANCE_FAILED);
        assertThat(own().getRejectionReason()).isEqualTo(OnSiteAcceptance.BELOW_MINIMUM);
        assertThat(budget().getReservedFen()).isZero();
        assertThat(events.stream(ApplicationAccepted.class)).isEmpty();
    }

    @Test
    void an_acceptance_on_lower_actual_costs_pays_less_releases_the_difference_and_is_announced() {
        requestAcceptance(2, List.of(new CostLine(CostCategory.SOFTWARE, 4_000_000, "MES 软件订阅一年"),
                new CostLine(CostCategory.CONSULTING, 3_000_000, "实施与培训")));

        evaluate(2, null);
        execute(job(ApplicationProcess.SETTLE_ACCEPTANCE, pi));

        assertThat(pi).isEnded().hasPassed(ApplicationProcess.ACCEPTED_END);
        SubsidyApplication accepted = own();
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.getAcceptedAmountFen()).isEqualTo(1_600_000);
        assertThat(accepted.getReleasedFen()).isEqualTo(400_000);
        assertThat(budget().getReservedFen()).isEqualTo(1_600_000);
        assertThat(budget().getAvailableFen()).isEqualTo(BUDGET - 1_600_000);
        assertThat(events.stream(ApplicationAccepted.class)).singleElement().satisfies(e -> {
            assertThat(e.applicationId()).isEqualTo(applicationId);
            assertThat(e.confirmedLevel()).isEqualTo(2);
            assertThat(e.amountFen()).isEqualTo(1_600_000);
            assertThat(e.authorityTenantId()).isEqualTo(authority);
        });
    }
}
