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
import org.uplift.workflows.maturity.MaturityDecision;

/**
 * Scores the stored assessment with its pinned framework and hands the decision table its inputs:
 * totalScore, scenariosAtLevel1..4, constrainedAtLevel1..4, the framework id and version, and whether
 * the framework has a {@code maturity-level} table at all. Reads only, so a retry is harmless.
 */
@Component("scoreAssessment")
class ScoreAssessment extends TenantDelegate {

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
        execution.setVariables(MaturityDecision.inputs(score));
        boolean hasLevelRules = repository.createDecisionDefinitionQuery().decisionDefinitionKey(MaturityDecision.KEY)
                .versionTag(MaturityDecision.versionTag(framework.id(), framework.version())).count() > 0;
        execution.setVariable(AssessmentProcess.HAS_LEVEL_RULES, hasLevelRules);
    }
}
