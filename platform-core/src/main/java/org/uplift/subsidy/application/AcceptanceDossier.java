package org.uplift.subsidy.application;

import java.util.List;

import org.uplift.assessment.Assessment;
import org.uplift.assessment.evidence.EvidenceFile;
import org.uplift.assessment.framework.Framework;

/**
 * What the evaluator sees of the SME's 一企一档 for one application, read-only: T0 and T1 (scores per dimension,
 * levels) on T1's framework, and every evidence file of both.
 */
public record AcceptanceDossier(Framework framework, Assessment t0, Assessment t1, List<EvidenceFile> t0Evidence,
        List<EvidenceFile> t1Evidence) {
}
