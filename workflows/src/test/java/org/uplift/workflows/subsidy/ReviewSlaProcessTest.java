package org.uplift.workflows.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.uplift.subsidy.application.ApplicationFixture.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.identity.Accounts;
import org.uplift.identity.Role;
import org.uplift.identity.Team;
import org.uplift.identity.TeamMember;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestSmes;
import org.uplift.subsidy.application.ApplicationFixture;
import org.uplift.tenancy.TenantContext;

/** The review SLA on the real engine: due dates per stage, task notices, one escalation per overdue task. */
@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class ReviewSlaProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationWork work;
    @Autowired
    ReviewSlaCheck check;
    @Autowired
    ReviewSla sla;
    @Autowired
    Notifications notifications;
    @Autowired
    Accounts accounts;
    @Autowired
    Team team;
    @Autowired
    ApplicationContext context;

    ApplicationFixture f;

    @BeforeEach
    void engine() {
        AbstractAssertions.init(engine);
        f = new ApplicationFixture(context);
    }

    /** An authority with an open programme and an SME's application waiting at the district recommendation. */
    record Case(String authority, TestSmes.Sme sme, String applicationId, ProcessInstance pi) {
    }

    Case atDistrictReview() {
        String authority = f.authority();
        String programme = f.openProgramme(authority, 100_000_000);
        TestSmes.Sme sme = f.sme();
        String id = f.apply(sme, ApplicationFixture.form(f.engagement(sme), programme)).getApplicationId();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(id).singleResult();
        execute(job(ApplicationProcess.CHECK_ELIGIBILITY, pi));
        return new Case(authority, sme, id, pi);
    }

    String member(String tenant, Role role) {
        String email = "m-" + UUID.randomUUID() + "@authority.cn";
        return TenantContext.callAs(tenant, () -> accounts.create(email, "成员 " + role, TestSmes.PASSWORD,
                Set.of(role)).getId());
    }

    List<Notification> of(String tenant, String userId) {
        return TenantContext.callAs(tenant, () -> notifications.recent(userId, 50));
    }

    List<String> keysOf(String tenant, String userId) {
        return of(tenant, userId).stream().map(Notification::getMessageKey).toList();
    }

    String manager(String authority) {
        return TenantContext.callAs(authority, () -> team.members()).stream()
                .filter(m -> m.roles().contains(Role.PROGRAMME_MANAGER)).map(TeamMember::userId).findFirst()
                .orElseThrow();
    }

    @Test
    void each_stage_task_is_due_after_its_configured_time_and_offered_to_its_deciders_in_the_bell() {
        String authority = f.authority();
        String district = member(authority, Role.DISTRICT_OFFICER);
        String reviewer = member(authority, Role.REVIEWER);
        String programme = f.openProgramme(authority, 100_000_000);
        TestSmes.Sme sme = f.sme();
        Instant before = Instant.now();
        String id = f.apply(sme, ApplicationFixture.form(f.engagement(sme), programme)).getApplicationId();
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(ApplicationProcess.KEY)
                .processInstanceBusinessKey(id).singleResult();
        execute(job(ApplicationProcess.CHECK_ELIGIBILITY, pi));

        assertThat(pi).isWaitingAt(ApplicationProcess.DISTRICT_RECOMMENDATION);
        assertThat(task(pi).getDueDate().toInstant()).isBetween(before.plus(Duration.ofDays(5)),
                Instant.now().plus(Duration.ofDays(5)));
        assertThat(keysOf(authority, district)).containsExactly(ReviewTaskNotices.ASSIGNED + "DISTRICT");
        assertThat(of(authority, district).get(0).getLink()).isEqualTo("applications/" + id);
        assertThat(keysOf(authority, manager(authority))).contains(ReviewTaskNotices.ASSIGNED + "DISTRICT");
        assertThat(keysOf(authority, reviewer)).isEmpty();

        as(Role.DISTRICT_OFFICER, authority, district, () -> work.decide(work.review(id).orElseThrow().taskId(),
                ReviewDecision.APPROVE, null, null));
        assertThat(pi).isWaitingAt(ApplicationProcess.EXPERT_REVIEW);
        assertThat(task(pi).getDueDate().toInstant()).isAfter(before.plus(sla.expert()))
                .isBefore(Instant.now().plus(sla.expert()).plusSeconds(1));
        assertThat(keysOf(authority, reviewer)).containsExactly(ReviewTaskNotices.ASSIGNED + "EXPERT");
        assertThat(as(Role.REVIEWER, authority, reviewer, () -> work.reviews())).singleElement()
                .satisfies(t -> assertThat(t.due()).isEqualTo(task(pi).getDueDate().toInstant()));
    }

    @Test
    void an_overdue_task_escalates_once_to_its_own_authoritys_programme_managers() {
        Case first = atDistrictReview();
        Case second = atDistrictReview();
        String firstManager = manager(first.authority());
        String secondManager = manager(second.authority());
        Instant due = task(first.pi()).getDueDate().toInstant();

        check.escalateOverdue(due.minusSeconds(60));
        assertThat(keysOf(first.authority(), firstManager)).doesNotContain(ReviewTaskNotices.OVERDUE + "DISTRICT");

        check.escalateOverdue(due.plus(Duration.ofHours(1)));
        check.escalateOverdue(due.plus(Duration.ofHours(2)));

        List<Notification> firstOverdue = of(first.authority(), firstManager).stream()
                .filter(n -> n.getMessageKey().equals(ReviewTaskNotices.OVERDUE + "DISTRICT")).toList();
        assertThat(firstOverdue).singleElement()
                .satisfies(n -> assertThat(n.getLink()).isEqualTo("applications/" + first.applicationId()));
        assertThat(of(second.authority(), secondManager).stream()
                .filter(n -> n.getMessageKey().startsWith(ReviewTaskNotices.OVERDUE)).map(Notification::getLink))
                .containsExactly("applications/" + second.applicationId());
        assertThat(engine.getTaskService().getVariableLocal(task(first.pi()).getId(), ReviewSlaCheck.ESCALATED))
                .isNotNull();
    }

    @Test
    void the_owner_is_told_of_the_request_for_information_and_warned_once_before_its_deadline() {
        Case c = atDistrictReview();
        as(Role.DISTRICT_OFFICER, c.authority(), "qian", () -> work.decide(work.review(c.applicationId())
                .orElseThrow().taskId(), ReviewDecision.APPROVE, null, null));
        as(Role.REVIEWER, c.authority(), "wu", () -> work.decide(work.review(c.applicationId()).orElseThrow()
                .taskId(), ReviewDecision.MORE_INFORMATION, "请补充合同扫描件", null));
        assertThat(c.pi()).isWaitingAt(ApplicationProcess.PROVIDE_INFORMATION);
        String owner = c.sme().owner().userId();
        assertThat(keysOf(c.sme().tenantId(), owner)).contains("notification.subsidy.informationRequested");
        Instant deadline = task(c.pi()).getDueDate().toInstant();

        check.warnOfDeadlines(deadline.minus(sla.informationWarning()).minus(Duration.ofHours(1)));
        assertThat(keysOf(c.sme().tenantId(), owner)).doesNotContain(ReviewSlaCheck.DEADLINE_WARNING);
        check.warnOfDeadlines(deadline.minus(Duration.ofDays(1)));
        check.warnOfDeadlines(deadline.minus(Duration.ofHours(12)));

        assertThat(keysOf(c.sme().tenantId(), owner).stream().filter(ReviewSlaCheck.DEADLINE_WARNING::equals))
                .hasSize(1);
    }
}
