package org.uplift.workflows.assessment;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.uplift.assessment.Assessment;
import org.uplift.assessment.Assessments;
import org.uplift.assessment.framework.Framework;
import org.uplift.assessment.scoring.Score;
import org.uplift.assessment.scoring.Scoring;
import org.uplift.workflows.engine.TenantDelegate;

/**
 * Scores the stored assessment with its pinned framework and hands the decision table its inputs:
 * totalScore, scenariosAtLevel1..4, constrainedAtLevel1..4, the framework id and version, and whether
 * the framework has a {@code maturity-level} table at all. Reads only, so a retry is harmless.
 */
@Component("scoreAssessment")
class ScoreAssessment extends TenantDelegate {

    static final String DECISION_KEY = "maturity-level";

    private final Assessments assessments;
    private final RepositoryService repository;

    ScoreAssessment(Assessments assessments, RepositoryService repository) {
        this.assessments = assessments;
        this.repository = repository;
    }

    @Override
    protected void perform(DelegateExecution execution) {
        String id = (String) execution.getVariable(AssessmentProcess.ASSESSMENT_ID);
        Assessment assessment = assessments.find(id)
                .orElseThrow(() -> new IllegalStateException("Assessment " + id + " is missing"));
        Framework framework = assessments.framework(assessment);
        Score score = Scoring.score(framework, assessment.toAnswers());
        execution.setVariable(AssessmentProcess.FRAMEWORK_ID, framework.id());
        execution.setVariable(AssessmentProcess.FRAMEWORK_VERSION, framework.version());
        execution.setVariable(AssessmentProcess.TOTAL_SCORE, score.totalScore().doubleValue());
        for (int n = 1; n <= 4; n++) {
            execution.setVariable("scenariosAtLevel" + n, score.scenariosAtLeast().getOrDefault(n, 0));
            execution.setVariable("constrainedAtLevel" + n, score.constrainedScenariosAtLeast().getOrDefault(n, 0));
        }
        boolean hasLevelRules = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
                .versionTag(framework.id() + ":" + framework.version()).count() > 0;
        execution.setVariable(AssessmentProcess.HAS_LEVEL_RULES, hasLevelRules);
    }
}
