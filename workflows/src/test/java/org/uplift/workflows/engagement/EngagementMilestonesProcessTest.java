package org.uplift.workflows.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.uplift.marketplace.engagement.EngagementMilestones;
import org.uplift.marketplace.quote.QuoteFixture;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;

@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class EngagementMilestonesProcessTest {

    static final String OVERDUE = "notification.engagement.overdue";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationContext context;
    @Autowired
    EngagementMilestones milestones;
    @Autowired
    Notifications notifications;
    @Autowired
    org.uplift.marketplace.engagement.Engagements engagements;

    QuoteFixture f;
    Provider provider;
    Sme sme;
    String engagementId;

    /** An engagement of two milestones (due in 14 and 84 days) from an accepted quote. */
    @BeforeEach
    void anEngagement() {
        AbstractAssertions.init(engine);
        f = new QuoteFixture(context);
        provider = f.market.admittedProvider();
        sme = f.sme();
        QuoteRequest request = f.requested(sme, provider);
        engagementId = f.quoteIdOf(request, provider);
        f.market.asConsultant(provider, () -> f.quotes.answer(engagementId, TestQuotes.answer()));
        f.asOwner(sme, () -> f.requests.accept(request.getId(), engagementId));
    }

    ProcessInstance process() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(EngagementProcess.KEY)
                .processInstanceBusinessKey(engagementId).singleResult();
    }

    List<Job> timers(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).timers().orderByJobDuedate().asc().list();
    }

    List<String> noticesOf(String tenantId, String userId) {
        return TenantContext.callAs(tenantId, () -> notifications.recent(userId, 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    void deliverAndConfirm(int index) {
        f.market.asConsultant(provider, () -> milestones.deliver(engagementId, index, "已交付", List.of()));
        f.asOwner(sme, () -> milestones.confirm(engagementId, index));
    }

    @Test
    void each_milestone_gets_a_timer_at_the_morning_after_its_due_day_in_the_smes_tenant() {
        ProcessInstance pi = process();

        assertThat(pi).isWaitingAt(EngagementProcess.AWAIT);
        assertThat(pi.getTenantId()).isEqualTo(sme.tenantId());
        List<LocalDate> dues = TenantContext.callAs(sme.tenantId(), () -> engagements.find(engagementId)).orElseThrow()
                .getMilestones().stream().map(m -> m.due()).toList();
        assertThat(dues.get(1)).isEqualTo(dues.get(0).plusDays(70));
        assertThat(timers(pi)).extracting(j -> j.getDuedate().toInstant()).containsExactly(
                dues.get(0).plusDays(1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant().plusSeconds(9 * 3600),
                dues.get(1).plusDays(1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant().plusSeconds(9 * 3600));
    }

    @Test
    void a_milestone_confirmed_in_time_ends_its_timer_and_nobody_is_told() {
        ProcessInstance pi = process();

        deliverAndConfirm(0);

        assertThat(timers(pi)).hasSize(1);
        assertThat(pi).isActive();
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).doesNotContain(OVERDUE);

        deliverAndConfirm(1);

        assertThat(pi).isEnded().hasPassed(EngagementProcess.CONFIRMED_IN_TIME).hasNotPassed(EngagementProcess.TELL_OVERDUE);
    }

    @Test
    void an_overdue_milestone_tells_both_sides_and_still_waits_for_its_confirmation() {
        ProcessInstance pi = process();

        execute(timers(pi).get(0));

        assertThat(pi).hasPassed(EngagementProcess.TELL_OVERDUE);
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(OVERDUE);
        assertThat(noticesOf(provider.tenantId(), provider.consultant().userId())).contains(OVERDUE);
        assertThat(runtime.createExecutionQuery().processInstanceId(pi.getId())
                .activityId(EngagementProcess.CONFIRMED_LATE).count()).isEqualTo(1);

        deliverAndConfirm(0);
        deliverAndConfirm(1);

        assertThat(pi).isEnded().hasPassed(EngagementProcess.CONFIRMED_LATE, EngagementProcess.CONFIRMED_IN_TIME);
    }

    @Test
    void every_element_of_the_model_is_named_documented_and_on_the_diagram() {
        var repository = engine.getRepositoryService();
        var model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(EngagementProcess.KEY).latestVersion().singleResult().getId());
        var drawn = new java.util.HashSet<String>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));

        assertThat(model.getModelElementsByType(FlowElement.class)).allSatisfy(element -> assertThat(drawn)
                .as("diagram element of %s", element.getId()).contains(element.getId()));
        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
            assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            assertThat(node.getDocumentations()).as("documentation of %s", node.getId()).isNotEmpty();
        });
    }
}
