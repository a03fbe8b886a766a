package org.uplift.workflows.subsidy;

import java.time.Clock;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.uplift.subsidy.application.ReviewStage;

/**
 * Runs when a stage task of {@code subsidy-application} is created (registered by {@link ReviewSlaPlugin}, so the
 * BPMN stays as it is): gives it its due date from {@link ReviewSla} and tells who may take it.
 */
@Component
class ReviewTaskCreated implements TaskListener {

    private final ReviewSla sla;
    private final ReviewTaskNotices notices;
    private final Clock clock;

    ReviewTaskCreated(ReviewSla sla, @Lazy ReviewTaskNotices notices, Clock clock) {
        this.sla = sla;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewStage stage = ApplicationWork.STAGES.get(task.getTaskDefinitionKey());
        if (stage == null) {
            return;
        }
        task.setDueDate(Date.from(clock.instant().plus(sla.of(stage))));
        notices.assigned(task.getTenantId(), task.getExecution().getProcessBusinessKey(), stage, task.getAssignee());
    }
}
