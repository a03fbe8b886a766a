/**
 * The SME's maturity assessments in the UI: the history with start and re-assess
 * ({@link org.uplift.ui.assessment.AssessmentsView}), and the wizard that answers one section per page
 * and autosaves every answer as soon as it is given ({@link org.uplift.ui.assessment.AssessmentWizardView}).
 * Sections can be assigned to members; only the owner submits. Option points stay hidden, as in the
 * official self-assessment.
 */
package org.uplift.ui.assessment;
