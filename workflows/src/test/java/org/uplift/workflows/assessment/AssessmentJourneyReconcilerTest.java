package org.uplift.workflows.assessment;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentSubmitted;
import org.uplift.assessment.Assessments;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;

/**
 * The step between submitting (MongoDB) and moving the journey (Camunda) is killed: the assessment is
 * SUBMITTED but the journey never heard of it. The reconciler finds it and moves it, once.
 */
@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
@Import(AssessmentJourneyReconcilerTest.EngineOutage.class)
class AssessmentJourneyReconcilerTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentJourney journey;
    @Autowired
    AssessmentJourneyReconciler reconciler;
    @Autowired
    AssessmentJourneyProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    EngineDownAtSubmit engineDown;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void engineAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void engineBack() {
        engineDown.down = false;
    }

    @Test
    void a_submission_whose_journey_never_heard_of_it_is_moved_by_the_reconciler_once() {
        Stuck stuck = submitWhileTheEngineIsDown();
        ProcessInstance pi = journeyOf(stuck.assessment().getId());
        assertThat(pi).isWaitingAt(AssessmentProcess.ANSWER);
        assertThat(reload(stuck).getStatus()).isEqualTo(Assessment.Status.SUBMITTED);

        int moved = reconciler.advanceSubmittedBefore(clock.instant().plusMillis(1));

        assertThat(moved).isPositive();
        assertThat(pi).hasPassed(AssessmentProcess.ANSWER).isWaitingAt(AssessmentProcess.SCORE);
        execute(job(AssessmentProcess.SCORE, pi));
        assertThat(pi).isEnded().hasPassed(AssessmentProcess.RECORD_LEVEL);
        assertThat(reload(stuck).getStatus()).isEqualTo(Assessment.Status.PUBLISHED);
        assertThat(reconciler.advanceSubmittedBefore(clock.instant().plusMillis(1))).isZero();
    }

    @Test
    void a_submission_younger_than_the_grace_period_is_left_to_the_submit_itself() {
        Stuck stuck = submitWhileTheEngineIsDown();
        ProcessInstance pi = journeyOf(stuck.assessment().getId());

        reconciler.reconcile();

        assertThat(pi).isWaitingAt(AssessmentProcess.ANSWER);
        Instant pastGrace = clock.instant().plus(properties.reconcileAfter()).plusMillis(1);
        reconciler.advanceSubmittedBefore(pastGrace);
        assertThat(pi).hasPassed(AssessmentProcess.ANSWER).isWaitingAt(AssessmentProcess.SCORE);
    }

    @Test
    void every_stuck_submission_is_found_across_pages_of_waiting_journeys_and_drafts_are_left_alone() {
        var small = new AssessmentJourneyReconciler(runtime, journey, assessments, properties, clock, 2);
        List<ProcessInstance> stuck = new ArrayList<>();
        List<ProcessInstance> drafts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            stuck.add(journeyOf(submitWhileTheEngineIsDown().assessment().getId()));
            var draftSme = new TestSmes(context).register();
            drafts.add(journeyOf(TenantContext.callAs(draftSme.tenantId(),
                    () -> TestActors.asOwner(draftSme.owner().userId(), () -> assessments.start())).getId()));
        }

        small.advanceSubmittedBefore(clock.instant().plusMillis(1));

        stuck.forEach(pi -> assertThat(pi).hasPassed(AssessmentProcess.ANSWER).isWaitingAt(AssessmentProcess.SCORE));
        drafts.forEach(pi -> assertThat(pi).isWaitingAt(AssessmentProcess.ANSWER));
    }

    record Stuck(TestSmes.Sme sme, Assessment assessment) {
    }

    /** A fresh SME answers everything and submits while the engine is unreachable: the submit fails. */
    Stuck submitWhileTheEngineIsDown() {
        var sme = new TestSmes(context).register();
        String ownerId = sme.owner().userId();
        Assessment assessment = TenantContext.callAs(sme.tenantId(), () -> TestActors.asOwner(ownerId, () -> {
            Assessment draft = TestActors.asOwner(ownerId, () -> assessments.start());
            var framework = assessments.framework(draft);
            framework.questions().forEach(q -> assessments.saveAnswer(draft.getId(), q.key(),
                    MaturityAssessmentProcessTest.best(q)));
            framework.scenarios().forEach(s -> assessments.saveScenario(draft.getId(), s.key(), 2));
            return draft;
        }));
        engineDown.down = true;
        assertThatThrownBy(() -> TenantContext.runAs(sme.tenantId(),
                () -> TestActors.asOwner(ownerId, () -> assessments.submit(assessment.getId()))))
                .isInstanceOf(EngineUnreachable.class);
        engineDown.down = false;
        return new Stuck(sme, assessment);
    }

    ProcessInstance journeyOf(String assessmentId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(assessmentId).singleResult();
    }

    Assessment reload(Stuck stuck) {
        return TenantContext.callAs(stuck.sme().tenantId(),
                () -> assessments.find(stuck.assessment().getId()).orElseThrow());
    }

    static class EngineUnreachable extends RuntimeException {
        EngineUnreachable() {
            super("Camunda unreachable (simulated)");
        }
    }

    /** Fails the submit's event before any listener reaches Camunda, as an engine outage would. */
    static class EngineDownAtSubmit {
        volatile boolean down;

        @EventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void on(AssessmentSubmitted submitted) {
            if (down) {
                throw new EngineUnreachable();
            }
        }
    }

    @TestConfiguration
    static class EngineOutage {
        @Bean
        EngineDownAtSubmit engineDownAtSubmit() {
            return new EngineDownAtSubmit();
        }
    }
}
