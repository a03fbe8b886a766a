package org.uplift.workflows.assessment;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.recommendation.ImprovementPlan;
import org.uplift.assessment.recommendation.Recommendation;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.workflows.engine.TenantDelegate;
import org.uplift.workflows.maturity.MaturityLevels;

/**
 * Computes the improvement plan from the stored answers, the decided level and the level gates of the
 * framework version, and stores it on the SUBMITTED assessment. Deterministic and atomic, so a retry is harmless.
 */
@Component("recommendImprovements")
class RecommendImprovements extends TenantDelegate {

    private static final Logger log = LoggerFactory.getLogger(RecommendImprovements.class);

    private final Assessments assessments;
    private final MaturityLevels levels;

    RecommendImprovements(Assessments assessments, MaturityLevels levels) {
        this.assessments = assessments;
        this.levels = levels;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(AssessmentProcess.ASSESSMENT_ID);
        Assessment assessment = assessments.find(id)
                .orElseThrow(() -> new IllegalStateException("Assessment " + id + " is missing"));
        Framework framework = assessments.framework(assessment);
        Object level = execution.getVariable(AssessmentProcess.LEVEL);
        List<Recommendation> plan = ImprovementPlan.recommend(framework, assessment.toAnswers(),
                Scoring.score(framework, assessment.toAnswers()), level == null ? null : ((Number) level).intValue(),
                levels.thresholds(framework.id(), framework.version()));
        if (!assessments.recordRecommendations(id, plan)) {
            log.info("Assessment {} was not SUBMITTED; recommendations left as they are", id);
        }
    }
}
