package org.uplift.assessment.sharing;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.framework.Framework;

/** An SME's assessment as the provider it is shared with reads it, with the framework version it is pinned to. */
public record SharedAssessment(AssessmentShare share, String smeName, Assessment assessment, Framework framework) {
}
