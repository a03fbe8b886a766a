package org.uplift.workflows.assessment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessments;
import org.uplift.workflows.engine.TenantDelegate;

/** Stores the decided level on the assessment and publishes it; only a SUBMITTED one changes, so a retry is harmless. */
@Component("recordAssessmentLevel")
class RecordAssessmentLevel extends TenantDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecordAssessmentLevel.class);

    private final Assessments assessments;

    RecordAssessmentLevel(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(AssessmentProcess.ASSESSMENT_ID);
        Object level = execution.getVariable(AssessmentProcess.LEVEL);
        if (!assessments.recordLevel(id, level == null ? null : ((Number) level).intValue())) {
            log.info("Assessment {} was not SUBMITTED; level left as it is", id);
        }
    }
}
