package org.uplift.workflows.assessment;

import org.uplift.identity.TestActors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.AssessmentStarted;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.Diagnosis;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.assessment.sharing.AssessmentShares;
import org.uplift.assessment.sharing.DiagnosisStatus;
import org.uplift.identity.Role;
import org.uplift.assessment.framework.Option;
import org.uplift.assessment.framework.Question;
import org.uplift.assessment.framework.QuestionKind;
import org.uplift.notification.Notification;
import org.uplift.notification.Notifications;
import org.uplift.organisation.Organisation;
import org.uplift.organisation.Organisations;
import org.uplift.organisation.TestProviders;
import org.uplift.organisation.TestProviders.Provider;
import org.uplift.organisation.TestSmes;
import org.uplift.tenancy.TenantContext;
import org.uplift.validation.InputRejectedException;
import org.uplift.workflows.diagnosis.ProviderDiagnoses;
import org.uplift.workflows.inbox.Inbox;
import org.uplift.workflows.inbox.WorkItem;

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
    AssessmentShares shares;
    @Autowired
    ProviderDiagnoses diagnoses;
    @Autowired
    Inbox inbox;

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
        return TenantContext.callAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> assessments.start()));
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
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> {
            assessments.framework(assessment).questions()
                    .forEach(q -> assessments.saveAnswer(assessment.getId(), q.key(), best(q)));
            assessments.framework(assessment).scenarios()
                    .forEach(s -> assessments.saveScenario(assessment.getId(), s.key(), rating));
            assessments.submit(assessment.getId());
        }));
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

        Assessment second = TenantContext.callAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> assessments.reassess(first.getId())));

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
    void the_plan_is_stored_after_the_level_is_decided_and_before_the_result_is_recorded_and_announced() {
        Assessment assessment = startAssessment();
        ProcessInstance pi = journeyOf(assessment.getId());
        answerAndSubmit(assessment, 3);
        execute(job(AssessmentProcess.SCORE, pi));

        assertThat(pi).isEnded();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .orderPartiallyByOccurrence().asc().list()).extracting(a -> a.getActivityId())
                .containsSubsequence(AssessmentProcess.DECIDE_LEVEL, AssessmentProcess.RECOMMEND,
                        AssessmentProcess.RECORD_LEVEL, AssessmentProcess.ANNOUNCE_RESULT);
        // full marks at level 3: level 4 needs 10 scenarios at 4, constrained first
        List<Recommendation> plan = reload(assessment.getId()).getRecommendations();
        assertThat(plan).isNotEmpty().first().satisfies(first -> {
            assertThat(first.kind()).isEqualTo(Recommendation.Kind.SCENARIO);
            assertThat(first.constrained()).isTrue();
            assertThat(first.targetLevel()).isEqualTo(4);
        });
        assertThat(plan).filteredOn(r -> r.kind() == Recommendation.Kind.SCENARIO).hasSize(10);
    }

    @Test
    void every_element_of_the_model_is_on_the_diagram() {
        var model = engine.getRepositoryService().getBpmnModelInstance(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(AssessmentProcess.KEY).latestVersion()
                .singleResult().getId());
        var elements = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class);

        assertThat(elements).extracting(e -> e.getId()).contains(AssessmentProcess.RECOMMEND,
                AssessmentProcess.DIAGNOSIS_WITHDRAWN);
        assertThat(elements).allSatisfy(element -> {
            assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape.class).stream()
                    .map(shape -> shape.getBpmnElement().getId())
                    .anyMatch(element.getId()::equals)
                    || model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge.class).stream()
                            .map(edge -> edge.getBpmnElement().getId()).anyMatch(element.getId()::equals))
                    .as("diagram element of %s", element.getId()).isTrue();
        });
        assertThat(elements).filteredOn(e -> e instanceof org.camunda.bpm.model.bpmn.instance.FlowNode)
                .allSatisfy(node -> {
                    assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
                    assertThat(node.getDocumentations()).as("documentation of %s", node.getId()).isNotEmpty();
                });
    }

    @Test
    void an_invited_provider_diagnoses_before_the_result_is_announced_and_the_sme_reads_the_notes() {
        Assessment assessment = startAssessment();
        ProcessInstance pi = journeyOf(assessment.getId());
        Provider provider = new TestProviders(context).register();
        Provider other = new TestProviders(context).register();
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> shares.share(assessment.getId(), provider.tenantId(), true)));
        assertThat(pi).variables().containsEntry("diagnosisRequested", true)
                .containsEntry("providerTenantId", provider.tenantId());

        answerAndSubmit(assessment, 2);
        execute(job(AssessmentProcess.SCORE, pi));

        assertThat(pi).hasPassed(AssessmentProcess.RECOMMEND, AssessmentProcess.RECORD_LEVEL)
                .isWaitingAt(AssessmentProcess.DIAGNOSE);
        assertThat(task(pi)).hasCandidateGroup(provider.tenantId() + ":PROVIDER_CONSULTANT")
                .hasFormKey("uplift:assessment-diagnosis");
        assertThat(pi.getTenantId()).isEqualTo(sme.getId());
        assertThat(ownersNotifications()).doesNotContain("notification.assessmentPublished");
        assertThat(inboxOf(provider.tenantId(), Role.PROVIDER_CONSULTANT)).extracting(WorkItem::definitionKey,
                WorkItem::businessKey).containsExactly(tuple(AssessmentProcess.DIAGNOSE, assessment.getId()));
        assertThat(inboxOf(provider.tenantId(), Role.PROVIDER_ADMIN)).isEmpty();
        assertThat(inboxOf(other.tenantId(), Role.PROVIDER_CONSULTANT)).isEmpty();
        assertThat(inboxOf(sme.getId(), Role.ENTERPRISE_OWNER)).extracting(WorkItem::definitionKey)
                .doesNotContain(AssessmentProcess.DIAGNOSE);
        assertThat(TenantContext.callAs(other.tenantId(),
                () -> TestActors.as(Role.PROVIDER_CONSULTANT, other.consultant().userId(),
                        () -> diagnoses.isOpen(assessment.getId())))).isFalse();

        TenantContext.runAs(provider.tenantId(), () -> TestActors.as(Role.PROVIDER_CONSULTANT,
                provider.consultant().userId(), () -> diagnoses.complete(assessment.getId(),
                        Map.of("D1", "设备联网率偏低，建议先做设备数据采集。", "D3", "补齐生产计划排程。"))));
        assertThat(pi).hasPassed(AssessmentProcess.DIAGNOSE);
        assertThat(inboxOf(provider.tenantId(), Role.PROVIDER_CONSULTANT)).isEmpty();
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed(AssessmentProcess.ANNOUNCE_RESULT);
        assertThat(ownersNotifications()).contains("notification.assessmentPublished");
        Diagnosis diagnosis = reload(assessment.getId()).getDiagnosis();
        assertThat(diagnosis.notes()).containsOnlyKeys("D1", "D3");
        assertThat(diagnosis.isCompleted()).isTrue();
        assertThat(TenantContext.callAs(sme.getId(), () -> shares.sharesOf(assessment.getId())).get(0).getDiagnosis())
                .isEqualTo(DiagnosisStatus.COMPLETED);
    }

    @Test
    void another_provider_cannot_complete_the_diagnosis() {
        Assessment assessment = startAssessment();
        ProcessInstance pi = journeyOf(assessment.getId());
        Provider provider = new TestProviders(context).register();
        Provider other = new TestProviders(context).register();
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> shares.share(assessment.getId(), provider.tenantId(), true)));
        answerAndSubmit(assessment, 2);
        execute(job(AssessmentProcess.SCORE, pi));

        assertThatThrownBy(() -> TenantContext.runAs(other.tenantId(), () -> TestActors.as(Role.PROVIDER_CONSULTANT,
                other.consultant().userId(), () -> diagnoses.complete(assessment.getId(), Map.of("D1", "冒充")))))
                .isInstanceOf(InputRejectedException.class);

        assertThat(pi).isWaitingAt(AssessmentProcess.DIAGNOSE);
        assertThat(reload(assessment.getId()).getDiagnosis()).isNull();
    }

    @Test
    void revoking_the_invited_providers_share_withdraws_the_open_diagnosis_and_announces_the_result() {
        Assessment assessment = startAssessment();
        ProcessInstance pi = journeyOf(assessment.getId());
        Provider provider = new TestProviders(context).register();
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> shares.share(assessment.getId(), provider.tenantId(), true)));
        answerAndSubmit(assessment, 2);
        execute(job(AssessmentProcess.SCORE, pi));
        assertThat(pi).isWaitingAt(AssessmentProcess.DIAGNOSE);

        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> shares.revoke(assessment.getId(), provider.tenantId())));
        assertThat(inboxOf(provider.tenantId(), Role.PROVIDER_CONSULTANT)).isEmpty();
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed(AssessmentProcess.DIAGNOSIS_WITHDRAWN, AssessmentProcess.ANNOUNCE_RESULT);
        assertThat(ownersNotifications()).contains("notification.assessmentPublished");
    }

    @Test
    void revoking_before_submission_takes_the_diagnosis_out_of_the_journey() {
        Assessment assessment = startAssessment();
        ProcessInstance pi = journeyOf(assessment.getId());
        Provider provider = new TestProviders(context).register();
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> shares.share(assessment.getId(), provider.tenantId(), true)));
        TenantContext.runAs(sme.getId(), () -> TestActors.asOwner(ownerId, () -> shares.revoke(assessment.getId(), provider.tenantId())));

        answerAndSubmit(assessment, 2);
        execute(job(AssessmentProcess.SCORE, pi));

        assertThat(pi).isEnded().hasNotPassed(AssessmentProcess.DIAGNOSE);
    }

    @Test
    void an_invitation_the_journey_can_no_longer_take_is_refused_and_taken_back() {
        Assessment assessment = startAssessment();
        runtime.deleteProcessInstance(journeyOf(assessment.getId()).getId(), "journey gone");
        Provider provider = new TestProviders(context).register();

        assertThatThrownBy(() -> TenantContext.runAs(sme.getId(),
                () -> TestActors.asOwner(ownerId, () -> shares.share(assessment.getId(), provider.tenantId(), true))))
                .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo(AssessmentShares.TOO_LATE_TO_INVITE));

        var share = TenantContext.callAs(sme.getId(), () -> shares.sharesOf(assessment.getId())).get(0);
        assertThat(share.isActive()).isTrue();
        assertThat(share.getDiagnosis()).isEqualTo(DiagnosisStatus.NOT_INVITED);
    }

    List<WorkItem> inboxOf(String tenantId, Role role) {
        return TenantContext.callAs(tenantId, () -> TestActors.as(role, "someone", () -> inbox.openTasks()));
    }
}
