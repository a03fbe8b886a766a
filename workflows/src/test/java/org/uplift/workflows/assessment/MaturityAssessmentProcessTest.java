package org.uplift.workflows.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentStarted;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;

@SpringBootTest(classes = org.uplift.WorkflowsTestApplication.class)
class MaturityAssessmentProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    Organisations organisations;
    @Autowired
    Assessments assessments;
    @Autowired
    Notifications notifications;
    @Autowired
    AssessmentJourney journey;

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

    Assessment startAssessment() {
        return TenantContext.callAs(sme.getId(), () -> assessments.start(ownerId));
    }

    ProcessInstance journeyOf(String assessmentId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AssessmentProcess.KEY)
                .processInstanceBusinessKey(assessmentId).singleResult();
    }

    /** Every question's top points: all non-exclusive options of a multiple choice, else the best option. */
    static List<String> best(Question question) {
        if (question.kind() == QuestionKind.MULTIPLE) {
            return question.options().stream().filter(o -> !o.exclusive()).map(Option::letter).toList();
        }
        return List.of(question.options().stream().max(Comparator.comparing(Option::points)).orElseThrow().letter());
    }

    /** The best answers (full marks), every scenario rated {@code rating}, submitted by the owner. */
    void answerAndSubmit(Assessment assessment, int rating) {
        TenantContext.runAs(sme.getId(), () -> {
            assessments.framework(assessment).questions()
                    .forEach(q -> assessments.saveAnswer(assessment.getId(), q.key(), best(q), ownerId, true));
            assessments.framework(assessment).scenarios()
                    .forEach(s -> assessments.saveScenario(assessment.getId(), s.key(), rating, ownerId, true));
            assessments.submit(assessment.getId(), ownerId, true);
        });
    }

    Assessment reload(String id) {
        return TenantContext.callAs(sme.getId(), () -> assessments.find(id).orElseThrow());
    }

    List<String> ownersNotifications() {
        return TenantContext.callAs(sme.getId(), () -> notifications.recent(ownerId, 20)).stream()
                .map(Notification::getMessageKey).toList();
    }

    @Test
    void starting_an_assessment_starts_its_journey_in_the_smes_tenant_waiting_for_answers() {
        Assessment assessment = startAssessment();

        ProcessInstance pi = journeyOf(assessment.getId());
        assertThat(pi).isStarted().isWaitingAt(AssessmentProcess.ANSWER)
                .variables().containsEntry("startedBy", ownerId).containsEntry("diagnosisRequested", false);
        assertThat(pi.getTenantId()).isEqualTo(sme.getId());
        assertThat(task(pi)).hasCandidateGroup(sme.getId() + ":ENTERPRISE_OWNER")
                .hasCandidateGroup(sme.getId() + ":ENTERPRISE_MEMBER").hasFormKey("uplift:assessment");
        assertThat(journey.start(new AssessmentStarted(sme.getId(), assessment.getId(), ownerId, null))).isFalse();
    }

    @Test
    void submitting_the_best_answers_with_every_scenario_at_three_publishes_level_three() {
        Assessment assessment = startAssessment();
        ProcessInstance pi = journeyOf(assessment.getId());

        answerAndSubmit(assessment, 3);
        assertThat(pi).hasPassed(AssessmentProcess.ANSWER).isWaitingAt(AssessmentProcess.SCORE);
        execute(job(AssessmentProcess.SCORE, pi));

        assertThat(pi).hasPassed(AssessmentProcess.DECIDE_LEVEL, AssessmentProcess.RECORD_LEVEL,
                AssessmentProcess.ANNOUNCE_RESULT).hasNotPassed(AssessmentProcess.DIAGNOSE)
                .isEnded().hasPassed(AssessmentProcess.RESULT_PUBLISHED);
        var variables = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list().stream()
                .filter(v -> v.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue()));
        assertThat(variables).containsEntry("level", 3).containsEntry("totalScore", 100.0)
                .containsEntry("scenariosAtLevel4", 0).containsEntry("constrainedAtLevel3", 10);
        Assessment published = reload(assessment.getId());
        assertThat(published.getStatus()).isEqualTo(Assessment.Status.PUBLISHED);
        assertThat(published.getLevel()).isEqualTo(3);
        assertThat(ownersNotifications()).contains("notification.assessmentPublished");
    }

    @Test
    void recording_the_level_again_changes_nothing_once_published() {
        Assessment assessment = startAssessment();
        answerAndSubmit(assessment, 4);
        execute(job(AssessmentProcess.SCORE, journeyOf(assessment.getId())));
        assertThat(reload(assessment.getId()).getLevel()).isEqualTo(4);

        assertThat(TenantContext.callAs(sme.getId(), () -> assessments.recordLevel(assessment.getId(), 1))).isFalse();
        assertThat(reload(assessment.getId()).getLevel()).isEqualTo(4);
    }

    @Test
    void a_reassessment_starts_a_journey_linked_to_the_previous_assessment() {
        Assessment first = startAssessment();
        answerAndSubmit(first, 1);
        execute(job(AssessmentProcess.SCORE, journeyOf(first.getId())));

        Assessment second = TenantContext.callAs(sme.getId(), () -> assessments.reassess(first.getId(), ownerId));

        assertThat(journeyOf(second.getId())).isWaitingAt(AssessmentProcess.ANSWER)
                .variables().containsEntry("previousAssessmentId", first.getId());
    }

    @Test
    void an_idle_draft_reminds_its_starter_and_keeps_waiting() {
        ProcessInstance pi = journeyOf(startAssessment().getId());
        assertThat(job(AssessmentProcess.DRAFT_IDLE_TIMER, pi)).isNotNull();
        assertThat(ownersNotifications()).doesNotContain("notification.assessmentIdle");

        execute(job(AssessmentProcess.DRAFT_IDLE_TIMER, pi));

        assertThat(pi).hasPassed(AssessmentProcess.REMIND_MEMBERS).isWaitingAt(AssessmentProcess.ANSWER);
        assertThat(ownersNotifications()).contains("notification.assessmentIdle");
    }

    @Test
    void a_requested_diagnosis_waits_for_the_providers_consultant_before_publishing() {
        Assessment assessment = startAssessment();
        runtime.deleteProcessInstance(journeyOf(assessment.getId()).getId(), "replaced by a journey with a diagnosis");
        String provider = "provider-" + UUID.randomUUID();
        ProcessInstance pi = TenantContext.callAs(sme.getId(), () -> runtime.startProcessInstanceByKey(
                AssessmentProcess.KEY, assessment.getId(), Variables.createVariables()
                        .putValue("tenantId", sme.getId()).putValue("assessmentId", assessment.getId())
                        .putValue("startedBy", ownerId).putValue("draftReminderAfter", "P7D")
                        .putValue("diagnosisRequested", true).putValue("providerTenantId", provider)));

        answerAndSubmit(assessment, 2);
        execute(job(AssessmentProcess.SCORE, pi));

        assertThat(pi).hasPassed(AssessmentProcess.RECORD_LEVEL).isWaitingAt(AssessmentProcess.DIAGNOSE);
        assertThat(task(pi)).hasCandidateGroup(provider + ":PROVIDER_CONSULTANT");
        assertThat(ownersNotifications()).doesNotContain("notification.assessmentPublished");

        complete(task(pi));

        assertThat(pi).isEnded().hasPassed(AssessmentProcess.ANNOUNCE_RESULT);
        assertThat(ownersNotifications()).contains("notification.assessmentPublished");
    }
}
