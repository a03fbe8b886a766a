package org.uplift.workflows.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import org.uplift.identity.Role;
import org.uplift.marketplace.engagement.Engagements;
import org.uplift.marketplace.pool.ProviderPool;
import org.uplift.marketplace.quote.Offer;
import org.uplift.marketplace.quote.QuoteFixture;
import org.uplift.marketplace.quote.QuoteNotices;
import org.uplift.marketplace.quote.QuoteRequest;
import org.uplift.marketplace.quote.QuoteStatus;
import org.uplift.marketplace.quote.RequestStatus;
import org.uplift.marketplace.quote.TestQuotes;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes.Sme;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.inbox.Inbox;

@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class QuoteRequestProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationContext context;
    @Autowired
    Engagements engagements;
    @Autowired
    Notifications notifications;
    @Autowired
    QuoteTasks quoteTasks;

    QuoteFixture f;
    Provider a;
    Provider b;
    Sme sme;

    @BeforeEach
    void anSmeAndTwoAdmittedProviders() {
        AbstractAssertions.init(engine);
        f = new QuoteFixture(context);
        a = f.market.admittedProvider();
        b = f.market.admittedProvider();
        sme = f.sme();
    }

    ProcessInstance processOf(QuoteRequest request) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(QuoteProcess.KEY)
                .processInstanceBusinessKey(request.getId()).singleResult();
    }

    /** The open quote tasks offered to the provider's role, as its inbox finds them (by its tenant's group). */
    List<org.camunda.bpm.engine.task.Task> inboxOf(Provider provider, Role role) {
        return engine.getTaskService().createTaskQuery().active().processDefinitionKey(QuoteProcess.KEY)
                .taskCandidateGroup(Inbox.group(provider.tenantId(), role)).includeAssignedTasks().list();
    }

    List<String> noticesOf(String tenantId, String userId) {
        return TenantContext.callAs(tenantId, () -> notifications.recent(userId, 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    @Test
    void each_provider_gets_a_claimable_task_one_answers_one_declines_and_the_smes_choice_makes_the_engagement() {
        QuoteRequest request = f.requested(sme, a, b);
        ProcessInstance pi = processOf(request);
        assertThat(pi).isWaitingAt(QuoteProcess.ANSWER);
        assertThat(pi.getTenantId()).isEqualTo(sme.tenantId());
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
        assertThat(inboxOf(a, Role.PROVIDER_CONSULTANT)).extracting(t -> t.getProcessInstanceId())
                .containsExactly(pi.getId());
        assertThat(inboxOf(a, Role.PROVIDER_ADMIN)).hasSize(1);
        assertThat(inboxOf(b, Role.PROVIDER_CONSULTANT)).hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(QuoteProcess.KEY)
                .taskCandidateGroupIn(List.of(Inbox.group(sme.tenantId(), Role.ENTERPRISE_OWNER),
                        Inbox.group(sme.tenantId(), Role.ENTERPRISE_MEMBER))).count()).isZero();

        TenantContext.runAs(a.tenantId(), () -> quoteTasks.claim(request.getId(), a.consultant().userId(),
                Set.of(Role.PROVIDER_CONSULTANT)));
        assertThat(TenantContext.callAs(a.tenantId(), () -> quoteTasks.claimedBy(request.getId(),
                Set.of(Role.PROVIDER_ADMIN)))).contains(a.consultant().userId());
        assertThatThrownBy(() -> TenantContext.runAs(f.market.provider().tenantId(), () -> quoteTasks
                .claim(request.getId(), "intruder", Set.of(Role.PROVIDER_CONSULTANT))))
                .isInstanceOf(InputRejectedException.class);

        f.market.asConsultant(a, () -> f.quotes.answer(f.quoteIdOf(request, a), TestQuotes.answer()));
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
        f.market.asConsultant(b, () -> f.quotes.decline(f.quoteIdOf(request, b), "暂不承接该地区项目"));

        assertThat(pi).hasPassed(QuoteProcess.COLLECT).isWaitingAt(QuoteProcess.AWAIT_CHOICE);
        f.asOwner(sme, () -> f.requests.accept(request.getId(), f.quoteIdOf(request, a)));

        assertThat(pi).isEnded().hasPassed(QuoteProcess.ACCEPTED, QuoteProcess.QUOTE_CHOSEN)
                .hasNotPassed(QuoteProcess.EXPIRE);
        assertThat(TenantContext.callAs(sme.tenantId(), () -> engagements.find(f.quoteIdOf(request, a)))).isPresent();
        assertThat(TenantContext.callAs(a.tenantId(), () -> engagements.find(f.quoteIdOf(request, a)))).isPresent();
    }

    @Test
    void accepting_before_every_provider_replied_ends_the_process_and_cancels_the_other_task() {
        QuoteRequest request = f.requested(sme, a, b);
        ProcessInstance pi = processOf(request);
        f.market.asConsultant(a, () -> f.quotes.answer(f.quoteIdOf(request, a), TestQuotes.answer()));

        f.asOwner(sme, () -> f.requests.accept(request.getId(), f.quoteIdOf(request, a)));

        assertThat(pi).isEnded().hasPassed(QuoteProcess.ACCEPTED_EARLY, QuoteProcess.QUOTE_CHOSEN);
        assertThat(inboxOf(b, Role.PROVIDER_CONSULTANT)).isEmpty();
        assertThat(f.market.asConsultant(b, () -> f.quotes.find(f.quoteIdOf(request, b))).orElseThrow().getStatus())
                .isEqualTo(QuoteStatus.CLOSED);
    }

    @Test
    void a_provider_that_has_not_answered_is_reminded_and_its_task_keeps_waiting() {
        QuoteRequest request = f.requested(sme, a, b);
        ProcessInstance pi = processOf(request);
        f.market.asConsultant(a, () -> f.quotes.answer(f.quoteIdOf(request, a), TestQuotes.answer()));
        assertThat(pi).variables().containsEntry(QuoteProcess.REMINDER_AFTER, "PT120H");

        execute(job(QuoteProcess.REMINDER_TIMER, pi));

        assertThat(pi).hasPassed(QuoteProcess.REMIND).isWaitingAt(QuoteProcess.ANSWER);
        assertThat(noticesOf(b.tenantId(), b.consultant().userId())).contains(QuoteNotices.REMINDER);
        assertThat(noticesOf(a.tenantId(), a.consultant().userId())).doesNotContain(QuoteNotices.REMINDER);
    }

    @Test
    void the_request_expires_after_its_time_the_open_quotes_expire_and_the_sme_is_told() {
        QuoteRequest request = f.requested(sme, a, b);
        ProcessInstance pi = processOf(request);
        f.market.asConsultant(a, () -> f.quotes.answer(f.quoteIdOf(request, a), TestQuotes.answer()));

        execute(job(QuoteProcess.EXPIRY_TIMER, pi));

        assertThat(pi).isEnded().hasPassed(QuoteProcess.EXPIRE, QuoteProcess.REQUEST_EXPIRED);
        QuoteRequest expired = f.reload(sme, request.getId());
        assertThat(expired.getStatus()).isEqualTo(RequestStatus.EXPIRED);
        assertThat(expired.getOffers()).extracting(Offer::getStatus).containsOnly(QuoteStatus.EXPIRED);
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(QuoteNotices.EXPIRED);
        assertThat(inboxOf(b, Role.PROVIDER_CONSULTANT)).isEmpty();
    }

    @Test
    void when_everyone_replied_and_the_sme_does_not_choose_the_request_still_expires() {
        QuoteRequest request = f.requested(sme, a);
        ProcessInstance pi = processOf(request);
        f.market.asConsultant(a, () -> f.quotes.answer(f.quoteIdOf(request, a), TestQuotes.answer()));

        execute(job(QuoteProcess.EXPIRY_AFTER_REPLIES, pi));

        assertThat(pi).isEnded().hasPassed(QuoteProcess.EXPIRE);
        assertThat(f.reload(sme, request.getId()).getStatus()).isEqualTo(RequestStatus.EXPIRED);
    }

    @Test
    void a_suspended_providers_quote_closes_and_its_task_ends() {
        QuoteRequest request = f.requested(sme, a, b);
        ProcessInstance pi = processOf(request);

        f.market.asPool(a, () -> context.getBean(ProviderPool.class).suspend(a.tenantId(), "资质到期，暂停服务"));

        assertThat(inboxOf(a, Role.PROVIDER_CONSULTANT)).isEmpty();
        assertThat(inboxOf(b, Role.PROVIDER_CONSULTANT)).hasSize(1);
        assertThat(pi).isWaitingAt(QuoteProcess.ANSWER);
        assertThat(f.reload(sme, request.getId()).getOffers()).extracting(Offer::getStatus)
                .containsExactly(QuoteStatus.CLOSED, QuoteStatus.OPEN);
        assertThat(noticesOf(sme.tenantId(), sme.owner().userId())).contains(QuoteNotices.PROVIDER_LEFT);
    }

    @Test
    void every_element_of_the_model_is_named_documented_and_on_the_diagram() {
        var repository = engine.getRepositoryService();
        var model = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
                .processDefinitionKey(QuoteProcess.KEY).latestVersion().singleResult().getId());
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
