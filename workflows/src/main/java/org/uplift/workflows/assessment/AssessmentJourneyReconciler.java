package org.uplift.workflows.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.uplift.assessment.AssessmentRef;
import org.uplift.assessment.Assessments;

/**
 * Submitting (MongoDB) and moving the journey past <i>Answer the assessment</i> (Camunda) are two stores
 * without a shared transaction: when the engine fails at that moment the assessment stays SUBMITTED with its
 * journey waiting for answers. At start-up and every {@code uplift.assessment.reconcile-every} this finds
 * such assessments and moves their journey, idempotently.
 * <p>
 * Driven from the engine: the journeys waiting at <i>Answer</i> (one per open draft, not one per SME), a
 * page at a time; for each page one MongoDB query on the {@code tenantId, status} index asks which of them
 * were submitted longer than {@code uplift.assessment.reconcile-after} ago.
 */
@Component
@EnableScheduling
class AssessmentJourneyReconciler {

    static final int PAGE_SIZE = 500;

    private static final Logger log = LoggerFactory.getLogger(AssessmentJourneyReconciler.class);

    private final RuntimeService runtime;
    private final AssessmentJourney journey;
    private final Assessments assessments;
    private final AssessmentJourneyProperties properties;
    private final Clock clock;
    private final int pageSize;

    @Autowired
    AssessmentJourneyReconciler(RuntimeService runtime, AssessmentJourney journey, Assessments assessments,
            AssessmentJourneyProperties properties, Clock clock) {
        this(runtime, journey, assessments, properties, clock, PAGE_SIZE);
    }

    AssessmentJourneyReconciler(RuntimeService runtime, AssessmentJourney journey, Assessments assessments,
            AssessmentJourneyProperties properties, Clock clock, int pageSize) {
        this.runtime = runtime;
        this.journey = journey;
        this.assessments = assessments;
        this.properties = properties;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        reconcile();
    }

    @Scheduled(fixedDelayString = "${uplift.assessment.reconcile-every:PT5M}",
            initialDelayString = "${uplift.assessment.reconcile-every:PT5M}")
    void periodically() {
        reconcile();
    }

    /** Moves the journeys of assessments submitted before the grace period; the number moved. */
    int reconcile() {
        return advanceSubmittedBefore(clock.instant().minus(properties.reconcileAfter()));
    }

    int advanceSubmittedBefore(Instant submittedBefore) {
        int advanced = 0;
        int first = 0;
        while (true) {
            List<ProcessInstance> page = runtime.createProcessInstanceQuery()
                    .processDefinitionKey(AssessmentProcess.KEY)
                    .activityIdIn(AssessmentProcess.ANSWER)
                    .orderByProcessInstanceId().asc()
                    .listPage(first, pageSize);
            List<AssessmentRef> waiting = page.stream()
                    .filter(instance -> instance.getTenantId() != null && instance.getBusinessKey() != null)
                    .map(instance -> new AssessmentRef(instance.getTenantId(), instance.getBusinessKey()))
                    .toList();
            int movedHere = 0;
            for (AssessmentRef stuck : assessments.submittedAmong(waiting, submittedBefore)) {
                movedHere += advance(stuck);
            }
            advanced += movedHere;
            if (page.size() < pageSize) {
                return advanced;
            }
            // the journeys moved have left the waiting ones, so the next page starts that much earlier
            first += pageSize - movedHere;
        }
    }

    private int advance(AssessmentRef stuck) {
        try {
            int moved = journey.completeAnswering(stuck.tenantId(), stuck.assessmentId());
            if (moved > 0) {
                log.info("Moved the journey of submitted assessment {} (tenant {}) past answering",
                        stuck.assessmentId(), stuck.tenantId());
            }
            return moved;
        } catch (ProcessEngineException e) {
            // another node or the submit itself moved it meanwhile, or the engine is still down: next run
            log.warn("Journey of submitted assessment {} not moved yet: {}", stuck.assessmentId(), e.getMessage());
            return 0;
        }
    }
}
